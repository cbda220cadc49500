// Name matching: normalisation, generic-free word sets, and whether a sentence names an entity.
import { describe, expect, it } from 'vitest';
import { keysMeet, nameKeys, normaliseName, textNames } from '../../../server/eval/match-names.js';

describe('normaliseName', () => {
  it('removes accents, case, punctuation and a leading article', () => {
    expect(normaliseName("L'Usine de Sérignac")).toBe('usine de serignac');
    expect(normaliseName('The  Volt-Harbour Co.')).toBe('volt harbour co');
    expect(normaliseName('La Fabrique')).toBe('fabrique');
    expect(normaliseName('...')).toBe('');
  });
});

describe('nameKeys / keysMeet', () => {
  it('matches the same name written differently', () => {
    expect(keysMeet(nameKeys(['Éclair Motors']), nameKeys(['eclair motors']))).toBe(true);
  });
  it('matches by any alias on either side', () => {
    expect(keysMeet(nameKeys(['EM', 'Eclair Motors']), nameKeys(['Eclair', 'EM']))).toBe(true);
  });
  it('matches word sets without generic words, in any order', () => {
    expect(keysMeet(nameKeys(["l'usine de Sérignac"]), nameKeys(['Serignac plant']))).toBe(true);
    expect(keysMeet(nameKeys(['Groupe Eclair']), nameKeys(['Eclair Group']))).toBe(true);
    expect(
      keysMeet(nameKeys(['Eclair Sérignac gigafactory']), nameKeys(['Sérignac Eclair plant'])),
    ).toBe(true);
  });
  it('does not match different names or a name made only of generic words', () => {
    expect(keysMeet(nameKeys(['Eclair Motors']), nameKeys(['Eclair Trucks']))).toBe(false);
    expect(keysMeet(nameKeys(['the plant']), nameKeys(['plant of']))).toBe(false);
  });
});

describe('textNames', () => {
  it('finds a name, an alias or all significant words of a name in a sentence', () => {
    const s = "Eclair a confirmé que l'usine Eclair de Sérignac ouvrira en mai.";
    expect(textNames(s, ['Eclair Sérignac plant'])).toBe(true);
    expect(textNames(s, ['Nordpol', 'Sérignac'])).toBe(true);
    expect(textNames(s, ['Nordpol'])).toBe(false);
    expect(textNames('Eclair Motorsport won.', ['Eclair Motors'])).toBe(false);
  });
});
