import { describeOwner, keyOwnerOf, PROGRAMME_KEY_OWNER } from './key-owner';

describe('keyOwnerOf', () => {
  it('gives a journey and a family their own key, and everything else the programme key', () => {
    expect(keyOwnerOf({ type: 'workflow', namespace: 'default', workflowId: 'journey-123' })).toBe('journey-123');
    expect(keyOwnerOf({ type: 'activity', namespace: 'default', workflowId: 'family-9', isLocal: false })).toBe('family-9');
    expect(keyOwnerOf({ type: 'workflow', namespace: 'default', workflowId: 'bench-1' })).toBe(PROGRAMME_KEY_OWNER);
    expect(keyOwnerOf({ type: 'activity', namespace: 'default', isLocal: false })).toBe(PROGRAMME_KEY_OWNER);
    expect(keyOwnerOf(undefined)).toBe(PROGRAMME_KEY_OWNER);
  });

  it('names the owner in words for errors', () => {
    expect(describeOwner('journey-123')).toBe('journey 123');
    expect(describeOwner('programme')).toBe('programme');
  });
});
