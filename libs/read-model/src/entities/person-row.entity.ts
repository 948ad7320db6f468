import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A person who signs in: staff, a volunteer family's adult, or a child's custody holder. */
@Entity({ name: 'people' })
export class PersonRow {
  /** The id recorded as `actor.userId` on everything the person does. */
  @PrimaryColumn({ name: 'person_id', type: 'text' })
  personId: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'text' })
  role: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  /** Sign-in name; null until the person has one (invited people sign in with their e-mail). */
  @Column({ type: 'text', nullable: true })
  username: string | null;

  /** scrypt hash (see password-hash.ts); null until an invitation is accepted. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  /** The municipality or organisation unit of a member of staff. */
  @Column({ type: 'text', nullable: true })
  unit: string | null;

  /** The volunteer family an adult belongs to. */
  @Column({ name: 'family_id', type: 'text', nullable: true })
  familyId: string | null;

  /** The journeys of the children a custody holder may follow. */
  @Column({ name: 'journey_ids', type: 'text', array: true, default: () => "'{}'" })
  journeyIds: string[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
