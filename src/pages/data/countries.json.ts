/** `/data/countries.json`: countries, their dated list memberships and what they mean for each programme. */
import type { APIRoute } from 'astro';
import { todayIso } from '../../rules/dated.ts';
import { countriesData } from '../../open-data/build.ts';

export const GET: APIRoute = () => Response.json(countriesData(todayIso()));
