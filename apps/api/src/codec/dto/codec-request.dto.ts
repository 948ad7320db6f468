import { IsArray, IsObject } from 'class-validator';
import type { PayloadJson } from '../payload-json';

/** The body Temporal's web UI posts to /codec/encode and /codec/decode. */
export class CodecRequestDto {
  @IsArray()
  @IsObject({ each: true })
  payloads: PayloadJson[];
}
