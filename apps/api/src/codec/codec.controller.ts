import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import type { Payload } from '@temporalio/common';
import type { DataProtection } from '@venskab/platform/codec/data-protection';
import { CurrentActor } from '../identity/actor.decorator';
import type { Identity } from '../identity/identity';
import { Requires } from '../identity/requires.decorator';
import { JourneyReadLog } from '../audit/journey-read-log';
import { DATA_PROTECTION } from '../temporal/temporal.module';
import { CodecRequestDto } from './dto/codec-request.dto';
import { payloadFromJson, payloadToJson } from './payload-json';

const JOURNEY_KEY_OWNER = /^journey-(.+)$/;

/**
 * The codec server of Temporal's web UI: it sends the payloads it shows and gets them back
 * decoded. Only for those who may read whole journeys; each journey whose payloads were decoded
 * is written to the read log before the answer leaves. A payload whose key is gone (erased)
 * stays as it is.
 */
@Controller('codec')
export class CodecController {
  constructor(
    @Inject(DATA_PROTECTION) private readonly protection: DataProtection,
    private readonly readLog: JourneyReadLog,
  ) {}

  @Post('decode')
  @HttpCode(200)
  @Requires('codec.use')
  async decode(@CurrentActor() reader: Identity, @Body() body: CodecRequestDto) {
    const { codec } = this.protection;
    const decodedOwners = new Set<string>();
    const payloads = await Promise.all(
      body.payloads.map(async (json) => {
        const encoded = payloadFromJson(json);
        let decoded: Payload;
        try {
          [decoded] = await codec.decode([encoded]);
        } catch {
          return json;
        }
        if (decoded !== encoded) for (const owner of await codec.ownersOf([encoded])) decodedOwners.add(owner);
        return payloadToJson(decoded);
      }),
    );
    for (const owner of decodedOwners) {
      const journeyId = JOURNEY_KEY_OWNER.exec(owner)?.[1];
      if (journeyId) await this.readLog.record(reader, journeyId, 'POST /codec/decode');
    }
    return { payloads };
  }

  @Post('encode')
  @HttpCode(200)
  @Requires('codec.use')
  async encode(@Body() body: CodecRequestDto) {
    const encoded = await this.protection.codec.encode(body.payloads.map(payloadFromJson));
    return { payloads: encoded.map(payloadToJson) };
  }
}
