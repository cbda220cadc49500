// Claim qualifiers parsed from stored role strings, the relation-level pick, and the Cypher patterns.
import { describe, expect, it } from 'vitest';
import {
  FORMER_ROLE_PATTERN,
  POSSIBLE_ROLE_PATTERN,
  amountOf,
  parseQualifiers,
  relationQualifiers,
} from '../../../server/db/queries/claim-qualifiers.js';

describe('parseQualifiers', () => {
  it('reads the tense words in front of a title and upper-cases acronyms', () => {
    expect(parseQualifiers('former ceo')).toMatchObject({
      role: 'CEO',
      tense: 'FORMER',
      modality: 'ASSERTED',
      label: 'former CEO',
    });
    expect(parseQualifiers('ex-pdg').tense).toBe('FORMER');
    expect(parseQualifiers('ancienne presidente')).toMatchObject({
      role: 'presidente',
      tense: 'FORMER',
    });
    expect(parseQualifiers('interim chief executive')).toMatchObject({
      role: 'chief executive',
      tense: 'INTERIM',
      label: 'interim chief executive',
    });
    expect(parseQualifiers('directeur general par interim')).toMatchObject({
      role: 'directeur general',
      tense: 'INTERIM',
    });
    expect(parseQualifiers('new cfo')).toMatchObject({ role: 'CFO', tense: 'NEW' });
    expect(parseQualifiers('incoming ceo').tense).toBe('FUTURE');
    expect(parseQualifiers('ceo')).toMatchObject({ role: 'CEO', tense: 'CURRENT', label: 'CEO' });
    expect(parseQualifiers('co-founder')).toMatchObject({ role: 'co-founder', tense: 'CURRENT' });
  });

  it('a former tense is not overridden by a later word', () => {
    expect(parseQualifiers('former interim ceo').tense).toBe('FORMER');
  });

  it('reads the possible marker extraction appends, alone or after a role', () => {
    expect(parseQualifiers('possible')).toMatchObject({
      role: null,
      modality: 'POSSIBLE',
      label: 'planned/possible',
    });
    expect(parseQualifiers('former ceo (possible)')).toMatchObject({
      role: 'CEO',
      tense: 'FORMER',
      modality: 'POSSIBLE',
      label: 'former CEO, planned/possible',
    });
  });

  it('has nothing to say without a role', () => {
    expect(parseQualifiers(null)).toEqual({
      role: null,
      tense: 'CURRENT',
      modality: 'ASSERTED',
      amount: null,
      label: null,
    });
  });

  it('takes the amount of stake and investment sentences only', () => {
    expect(parseQualifiers(null, 'OWNS_STAKE_IN', 'Acme holds 20% of Beta.')).toMatchObject({
      amount: '20%',
      label: '20%',
    });
    expect(parseQualifiers(null, 'LEADS', 'Acme holds 20% of Beta.').amount).toBeNull();
  });
});

describe('amountOf', () => {
  it('finds one percentage or sum, and gives up on several', () => {
    expect(amountOf('Acme owns a 12.5 per cent stake in Beta.')).toBe('12.5%');
    expect(amountOf('Acme invests €2 billion in Beta.')).toBe('€2 billion');
    expect(amountOf("Acme investit 300 millions d'euros dans Beta.")).toBe("300 millions d'euros");
    expect(amountOf('Acme holds 20% and Gamma 30% of Beta.')).toBeNull();
    expect(amountOf('Acme partners with Beta.')).toBeNull();
  });
});

describe('relationQualifiers', () => {
  const claim = (role: string | null, confidence = 0.8) => ({ role, sentence: 's', confidence });

  it('prefers an asserted current claim over former and possible ones', () => {
    const q = relationQualifiers('LEADS', [
      claim('former ceo', 0.9),
      claim('ceo (possible)', 0.9),
      claim('ceo', 0.5),
    ]);
    expect(q).toMatchObject({ role: 'CEO', tense: 'CURRENT', modality: 'ASSERTED' });
  });

  it('is former only when every claim is former', () => {
    expect(relationQualifiers('LEADS', [claim('former ceo'), claim('ex-ceo')]).tense).toBe(
      'FORMER',
    );
  });

  it('is possible only when every claim is possible', () => {
    expect(relationQualifiers('INVESTS_IN', [claim('possible'), claim(null)]).modality).toBe(
      'ASSERTED',
    );
    expect(relationQualifiers('INVESTS_IN', [claim('possible')]).modality).toBe('POSSIBLE');
  });

  it('prefers the most frequent role', () => {
    expect(
      relationQualifiers('LEADS', [claim('chairman', 0.9), claim('ceo'), claim('ceo')]).role,
    ).toBe('CEO');
  });
});

describe('Cypher patterns', () => {
  // Neo4j's =~ matches the whole string, as an anchored JS RegExp does.
  const whole = (p: string) => new RegExp(`^${p}$`);
  it('agree with the parser', () => {
    for (const role of ['former ceo', 'ex-ceo', 'ancien pdg', 'ceo', 'interim ceo', 'possible']) {
      expect(whole(FORMER_ROLE_PATTERN).test(role)).toBe(parseQualifiers(role).tense === 'FORMER');
    }
    for (const role of ['possible', 'ceo (possible)', 'ceo', 'former ceo']) {
      expect(whole(POSSIBLE_ROLE_PATTERN).test(role)).toBe(
        parseQualifiers(role).modality === 'POSSIBLE',
      );
    }
  });
});
