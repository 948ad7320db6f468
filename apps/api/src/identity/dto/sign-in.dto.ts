import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class SignInDto {
  @ApiProperty({ example: 'coordinator' })
  @IsString()
  @Length(1, 100)
  username: string;

  @ApiProperty({ example: 'venskab-demo' })
  @IsString()
  @Length(1, 200)
  password: string;
}
