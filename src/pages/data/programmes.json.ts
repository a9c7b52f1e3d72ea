/** `/data/programmes.json`: the programmes, their dated, cited conditions and amounts (see src/open-data/). */
import type { APIRoute } from 'astro';
import { todayIso } from '../../rules/dated.ts';
import { programmesData } from '../../open-data/build.ts';

export const GET: APIRoute = () => Response.json(programmesData(todayIso()));
