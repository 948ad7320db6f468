import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JourneyReadLogRow } from '@venskab/read-model/entities/journey-read-log.entity';
import { JourneyRow } from '@venskab/read-model/entities/journey-row.entity';
import { PersonRow } from '@venskab/read-model/entities/person-row.entity';
import { JourneyReadLog } from '../audit/journey-read-log';
import { CodecCorsMiddleware } from './codec-cors.middleware';
import { CodecController } from './codec.controller';

/** The codec server for Temporal's web UI (POST /codec/decode, /codec/encode). */
@Module({
  imports: [TypeOrmModule.forFeature([JourneyReadLogRow, PersonRow, JourneyRow])],
  controllers: [CodecController],
  providers: [JourneyReadLog],
})
export class CodecModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CodecCorsMiddleware).forRoutes('codec');
  }
}
