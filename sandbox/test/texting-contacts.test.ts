import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { call, createFixture, expectContract, type Fixture } from './texting-fixture.js';

import type { ContactJson } from '../src/texting/serialize.js';

let f: Fixture;
beforeEach(async () => {
  f = await createFixture();
});
afterEach(() => f.close());

async function createContact(first: string, last: string, number: string): Promise<ContactJson> {
  const res = await call(f, f.owner, 'POST', '/ssp/texting/contacts', { first_name: first, last_name: last, number });
  return (await expectContract(res, 'createContact', 201)) as ContactJson;
}

describe('texting numbers', () => {
  it('lists the company numbers with their owners, and nothing of other companies', async () => {
    const res = await call(f, f.owner, 'GET', '/ssp/texting/numbers');
    const body = (await expectContract(res, 'listNumbers', 200)) as { number: string; ownership: string[] }[];
    expect(body.map((n) => n.number)).toEqual(['8583715117']);
    expect(body[0]?.ownership).toEqual(['owner@example.com']);
  });

  it('answers 401 without a token, or with a forged one, on every texting list', async () => {
    await expectContract(await call(f, null, 'GET', '/ssp/texting/numbers'), 'listNumbers', 401);
    await expectContract(await call(f, null, 'GET', '/ssp/texting/contacts'), 'listContacts', 401);
    await expectContract(await call(f, null, 'GET', '/ssp/texting/conversations'), 'listConversations', 401);
    const forged = { ...f.owner, token: `${f.owner.token.slice(0, -4)}AAAA` };
    await expectContract(await call(f, forged, 'GET', '/ssp/texting/contacts'), 'listContacts', 401);
    await expectContract(await call(f, forged, 'POST', '/ssp/texting/contacts', {}), 'createContact', 401);
  });
});

describe('creating contacts', () => {
  it('answers 201 for a new number and 200 with the existing contact, unchanged, for the same number', async () => {
    const created = await createContact('Test2', 'Testerson', '8586881741');
    expect(created).toMatchObject({
      first_name: 'Test2',
      number: '8586881741',
      opted_out: false,
      company_id: f.owner.companyId,
    });
    const again = await call(f, f.colleague, 'POST', '/ssp/texting/contacts', {
      first_name: 'Other',
      last_name: 'Name',
      number: '8586881741',
    });
    expect(await expectContract(again, 'createContact', 200)).toEqual(created);
  });

  it('refuses numbers that are not 10 digits, saying what it accepts', async () => {
    for (const number of ['+18586881741', '858-688-1741', '858688174', '85868817410', 'abcdefghij']) {
      const res = await call(f, f.owner, 'POST', '/ssp/texting/contacts', { first_name: 'A', last_name: 'B', number });
      const body = (await expectContract(res, 'createContact', 422)) as { detail: string; errors: { field: string }[] };
      expect(body.errors.map((e) => e.field)).toEqual(['number']);
      expect(body.detail).toMatch(/10-digit/);
    }
  });

  it('refuses an empty first name, unknown fields, and bodies that are not JSON', async () => {
    const empty = await call(f, f.owner, 'POST', '/ssp/texting/contacts', {
      first_name: '  ',
      last_name: '',
      number: '8586881741',
    });
    await expectContract(empty, 'createContact', 422);
    const extra = await call(f, f.owner, 'POST', '/ssp/texting/contacts', {
      first_name: 'A',
      last_name: '',
      number: '8586881741',
      admin: true,
    });
    await expectContract(extra, 'createContact', 422);
    const broken = await call(f, f.owner, 'POST', '/ssp/texting/contacts', '{"first_name":');
    await expectContract(broken, 'createContact', 400);
    const list = await call(f, f.owner, 'GET', '/ssp/texting/contacts');
    expect(list.headers.get('x-total-count')).toBe('0');
  });
});

describe('listing and searching contacts', () => {
  beforeEach(async () => {
    await createContact('Maria', 'Garcia', '6195550142');
    await createContact('José', 'Núñez', '7605550198');
    await createContact('Mark', 'Twain', '8585550187');
    await createContact('Anna', 'Mariano', '8123382823');
  });

  async function search(term: string): Promise<string[]> {
    const res = await call(f, f.owner, 'GET', `/ssp/texting/contacts?search=${encodeURIComponent(term)}`);
    const body = (await expectContract(res, 'listContacts', 200)) as ContactJson[];
    expect(res.headers.get('x-total-count')).toBe(String(body.length));
    return body.map((c) => `${c.first_name} ${c.last_name}`);
  }

  it('matches the start of the first name, the last name or the full name, ignoring case and accents', async () => {
    expect(await search('mar')).toEqual(['Anna Mariano', 'Maria Garcia', 'Mark Twain']);
    expect(await search('MARIA G')).toEqual(['Maria Garcia']);
    expect(await search('nunez')).toEqual(['José Núñez']);
    expect(await search('josé')).toEqual(['José Núñez']);
    expect(await search('zzz')).toEqual([]);
  });

  it('matches number digits however they are written', async () => {
    for (const term of ['6195550142', '+1 (619) 555-0142', '1-619-555-0142', '619.555', '619', '0142', '555-0142']) {
      expect(await search(term), term).toEqual(['Maria Garcia']);
    }
  });

  it('matches any word of the name, ignoring case, accents and punctuation', async () => {
    await createContact('Seán', "O'Brien", '2025550101');
    await createContact('Robert', '<b>Bobby</b> Tables', '2025550102');
    await createContact('Zoë', 'Ångström-Smith', '2025550103');
    await createContact('Ólafur', 'Þórsson', '2025550104');
    for (const term of ['obrien', "O'Brien", 'brien', 'sean', 'SEÁN o’b', 'sea obr']) {
      expect(await search(term), term).toEqual(["Seán O'Brien"]);
    }
    for (const term of ['Bobby', 'bob', 'tables', 'robert tables', '<b>Bobby</b>', 'rob bob']) {
      expect(await search(term), term).toEqual(['Robert <b>Bobby</b> Tables']);
    }
    for (const term of ['angstrom', 'ångström-smith', 'smith', 'zoe', 'angstromsmith']) {
      expect(await search(term), term).toEqual(['Zoë Ångström-Smith']);
    }
    expect(await search('thorsson olafur')).toEqual(['Ólafur Þórsson']);
    expect(await search('garcia')).toEqual(['Maria Garcia']);
    expect(await search('arcia')).toEqual([]);
    expect(await search('rob zzz')).toEqual([]);
    expect(await search('-')).toEqual([
      'Anna Mariano',
      'José Núñez',
      'Maria Garcia',
      'Mark Twain',
      'Ólafur Þórsson',
      'Robert <b>Bobby</b> Tables',
      "Seán O'Brien",
      'Zoë Ångström-Smith',
    ]);
  });

  it('matches any run of digits in the number, typed with or without punctuation', async () => {
    for (const term of ['338-28', '33828', '1233', '(812) 338', '3382823', '+1 812-338-2823', '23']) {
      expect(await search(term), term).toEqual(['Anna Mariano']);
    }
    expect(await search('555-01')).toEqual(['José Núñez', 'Maria Garcia', 'Mark Twain']);
    expect(await search('82823')).toEqual(['Anna Mariano']);
    expect(await search('28238')).toEqual([]);
  });

  it('pages a search in its order, counting each contact once', async () => {
    for (let i = 0; i < 12; i++)
      await createContact(`Sam${String(i).padStart(2, '0')}`, 'Smith-Samuels', `20255502${String(i).padStart(2, '0')}`);
    const res = await call(f, f.owner, 'GET', '/ssp/texting/contacts?search=sam&per_page=5&page=3&sort=-first_name');
    const body = (await expectContract(res, 'listContacts', 200)) as ContactJson[];
    expect(res.headers.get('x-total-count')).toBe('12');
    expect(body.map((c) => c.first_name)).toEqual(['Sam01', 'Sam00']);
  });

  it('pages a search where no contact matches twice in its order, the total counting them all', async () => {
    for (let i = 0; i < 7; i++)
      await createContact(`Sam${String(i).padStart(2, '0')}`, 'Jones', `20255503${String(i).padStart(2, '0')}`);
    const page = async (n: number): Promise<{ names: string[]; total: string | null }> => {
      const res = await call(
        f,
        f.owner,
        'GET',
        `/ssp/texting/contacts?search=sam&per_page=3&page=${n}&sort=first_name`,
      );
      const body = (await expectContract(res, 'listContacts', 200)) as ContactJson[];
      return { names: body.map((c) => c.first_name), total: res.headers.get('x-total-count') };
    };
    expect(await page(1)).toEqual({ names: ['Sam00', 'Sam01', 'Sam02'], total: '7' });
    expect(await page(3)).toEqual({ names: ['Sam06'], total: '7' });
    expect(await page(4)).toEqual({ names: [], total: '7' });
  });

  it('filters by exact number and refuses a malformed one with 400', async () => {
    const res = await call(f, f.owner, 'GET', '/ssp/texting/contacts?number=8585550187');
    expect(((await expectContract(res, 'listContacts', 200)) as ContactJson[]).map((c) => c.last_name)).toEqual([
      'Twain',
    ]);
    await expectContract(await call(f, f.owner, 'GET', '/ssp/texting/contacts?number=858'), 'listContacts', 400);
  });

  it('pages in name order with the total in X-Total-Count', async () => {
    const res = await call(f, f.owner, 'GET', '/ssp/texting/contacts?page=2&per_page=3');
    const body = (await expectContract(res, 'listContacts', 200)) as ContactJson[];
    expect(res.headers.get('x-total-count')).toBe('4');
    expect(body.map((c) => c.first_name)).toEqual(['Mark']);
    const beyond = await call(f, f.owner, 'GET', '/ssp/texting/contacts?page=9');
    expect(await beyond.json()).toEqual([]);
  });

  it('answers 400 for bad paging and over-long searches', async () => {
    for (const query of [
      'page=0',
      'page=x',
      'per_page=0',
      'per_page=101',
      'per_page=-1',
      `search=${'a'.repeat(101)}`,
    ]) {
      await expectContract(await call(f, f.owner, 'GET', `/ssp/texting/contacts?${query}`), 'listContacts', 400);
    }
  });

  it('never shows another company its contacts', async () => {
    const res = await call(f, f.stranger, 'GET', '/ssp/texting/contacts?search=mar');
    expect(await expectContract(res, 'listContacts', 200)).toEqual([]);
  });
});

describe('sorting contacts', () => {
  const names = ['Carol Young', 'ana Zeller', 'Ben Adams', 'Ben Young', 'Éva Brown', 'Dan', 'Al Brown'];
  beforeEach(async () => {
    // Numbers in another order than the names, so that each sort is seen to change the order.
    for (const [i, name] of names.entries()) {
      const [first = '', last = ''] = name.split(' ');
      await createContact(first, last, `20255500${String((i * 3) % 7)}${String(i)}`);
    }
  });

  async function allPages(sort: string, search = ''): Promise<string[]> {
    const out: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const res = await call(
        f,
        f.owner,
        'GET',
        `/ssp/texting/contacts?sort=${sort}&per_page=3&page=${String(page)}${search}`,
      );
      const body = (await expectContract(res, 'listContacts', 200)) as ContactJson[];
      out.push(...body.map((c) => `${c.first_name} ${c.last_name}`.trim()));
    }
    return out;
  }

  it('orders the whole list, not a page, by first name, last name or number, either way', async () => {
    const byFirst = ['Al Brown', 'ana Zeller', 'Ben Adams', 'Ben Young', 'Carol Young', 'Dan', 'Éva Brown'];
    expect(await allPages('first_name')).toEqual(byFirst);
    expect(await allPages('-first_name')).toEqual([...byFirst].reverse());
    const byLast = ['Dan', 'Ben Adams', 'Al Brown', 'Éva Brown', 'Ben Young', 'Carol Young', 'ana Zeller'];
    expect(await allPages('last_name')).toEqual(byLast);
    expect(await allPages('-last_name')).toEqual([...byLast].reverse());
    const numbers = async (sort: string): Promise<string[]> => {
      const res = await call(f, f.owner, 'GET', `/ssp/texting/contacts?sort=${sort}&per_page=100`);
      return ((await res.json()) as ContactJson[]).map((c) => c.number);
    };
    const sorted = [...(await numbers('first_name'))].sort();
    expect(await numbers('number')).toEqual(sorted);
    expect(await numbers('-number')).toEqual([...sorted].reverse());
    // Without `sort` the order is first_name's.
    const unsorted = await call(f, f.owner, 'GET', '/ssp/texting/contacts?per_page=3');
    expect(((await unsorted.json()) as ContactJson[]).map((c) => c.first_name)).toEqual(['Al', 'ana', 'Ben']);
  });

  it('orders a search the same way', async () => {
    expect(await allPages('-last_name', '&search=brown')).toEqual(['Éva Brown', 'Al Brown']);
    expect(await allPages('last_name', '&search=young')).toEqual(['Ben Young', 'Carol Young']);
  });

  it('answers 400 naming the orders it knows', async () => {
    for (const sort of ['name', 'first_name,number', '+number', '']) {
      const res = await call(f, f.owner, 'GET', `/ssp/texting/contacts?sort=${encodeURIComponent(sort)}`);
      const body = (await expectContract(res, 'listContacts', 400)) as { detail: string };
      expect(body.detail).toContain('first_name, -first_name, last_name, -last_name, number, -number');
    }
  });
});

describe('one contact', () => {
  it('reads, updates and deletes, with 404 for other companies and unknown ids', async () => {
    const contact = await createContact('Test3', '33333', '8123383333');
    const path = `/ssp/texting/contacts/${contact.id}`;
    expect(await expectContract(await call(f, f.owner, 'GET', path), 'getContact', 200)).toEqual(contact);
    await expectContract(await call(f, f.stranger, 'GET', path), 'getContact', 404);
    await expectContract(
      await call(f, f.owner, 'GET', '/ssp/texting/contacts/000000000000000000000000'),
      'getContact',
      404,
    );
    await expectContract(await call(f, f.owner, 'GET', '/ssp/texting/contacts/not-an-id'), 'getContact', 404);

    const input = { first_name: 'Tess', last_name: 'Three', number: '8123383334' };
    await expectContract(await call(f, f.stranger, 'PUT', path, input), 'updateContact', 404);
    const updated = await expectContract(await call(f, f.owner, 'PUT', path, input), 'updateContact', 200);
    expect(updated).toMatchObject(input);
    const found = await call(f, f.owner, 'GET', '/ssp/texting/contacts?search=tess');
    expect(found.headers.get('x-total-count')).toBe('1');

    await expectContract(await call(f, f.stranger, 'DELETE', path), 'deleteContact', 404);
    await expectContract(await call(f, f.owner, 'DELETE', path), 'deleteContact', 204);
    await expectContract(await call(f, f.owner, 'GET', path), 'getContact', 404);
    await expectContract(await call(f, f.owner, 'DELETE', path), 'deleteContact', 404);
  });

  it('answers 409 when an update takes another contact number, and 422 for a bad one', async () => {
    const a = await createContact('A', 'One', '8123380001');
    await createContact('B', 'Two', '8123380002');
    const path = `/ssp/texting/contacts/${a.id}`;
    const taken = await call(f, f.owner, 'PUT', path, { first_name: 'A', last_name: 'One', number: '8123380002' });
    await expectContract(taken, 'updateContact', 409);
    const bad = await call(f, f.owner, 'PUT', path, { first_name: 'A', last_name: 'One', number: '123' });
    await expectContract(bad, 'updateContact', 422);
    const same = await call(f, f.owner, 'PUT', path, { first_name: 'Alpha', last_name: 'One', number: '8123380001' });
    expect(await expectContract(same, 'updateContact', 200)).toMatchObject({ first_name: 'Alpha' });
  });
});
