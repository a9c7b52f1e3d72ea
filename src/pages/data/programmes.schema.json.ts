/** `/data/programmes.schema.json`: the JSON Schema of programmes.json, generated from its zod schema. */
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { programmesSchema } from '../../open-data/schemas.ts';

export const GET: APIRoute = () => Response.json(z.toJSONSchema(programmesSchema));
