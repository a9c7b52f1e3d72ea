/** `/data/countries.schema.json`: the JSON Schema of countries.json, generated from its zod schema. */
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { countriesSchema } from '../../open-data/schemas.ts';

export const GET: APIRoute = () => Response.json(z.toJSONSchema(countriesSchema));
