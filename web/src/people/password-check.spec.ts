import { passwordProblems } from './password-check';

describe('passwordProblems', () => {
  it('asks for 10 characters, counting what is missing', () => {
    expect(passwordProblems('abc', 'abc')).toEqual([{ key: 'invitation.tooShort', values: { min: 10, missing: 7 } }]);
  });

  it('refuses more than 200 characters', () => {
    const long = 'x'.repeat(201);
    expect(passwordProblems(long, long)).toEqual([{ key: 'invitation.tooLong', values: { max: 200 } }]);
  });

  it('wants the same password twice', () => {
    expect(passwordProblems('long enough pass', 'long enough pas')).toEqual([{ key: 'invitation.notSame' }]);
  });

  it('accepts 10 characters typed twice, counting letters such as æøå once', () => {
    expect(passwordProblems('ææææøøøøåå', 'ææææøøøøåå')).toEqual([]);
  });
});
