/** The one script of the home, countries and about pages: the country filter and offline use. */
import './country-filter.ts';
import './offline.ts';
