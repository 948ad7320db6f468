export * from './create-activities';
export * from './journey/journey-projection';
export * from './family/family-projection';
export * from './links/link-messages';
