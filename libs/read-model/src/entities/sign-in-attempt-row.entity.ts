import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One try at signing in, kept to slow down guessing (failures per user name in a window). */
@Entity({ name: 'sign_in_attempts' })
export class SignInAttemptRow {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  username: string;

  @Column({ type: 'boolean' })
  succeeded: boolean;

  @Column({ name: 'attempted_at', type: 'timestamptz', default: () => 'now()' })
  attemptedAt: Date;
}
