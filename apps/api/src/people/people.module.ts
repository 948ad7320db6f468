import { Module } from '@nestjs/common';
import { InvitationMailer } from './invitation-mail';
import { Invitations } from './invitations';
import { InvitationsController } from './invitations.controller';
import { PeopleController } from './people.controller';
import { PeopleService } from './people.service';

@Module({
  controllers: [PeopleController, InvitationsController],
  providers: [PeopleService, Invitations, InvitationMailer],
})
export class PeopleModule {}
