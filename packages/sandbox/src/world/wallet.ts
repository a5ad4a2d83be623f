// The demo account's coin transactions, newest first.
import { WORLD_NOW, type WorldConfig } from './config.js';
import { encodeId } from './ids.js';
import { makeList, type List } from './list.js';
import { Rng } from './random.js';
import { gifts } from './text.js';

export function transactionsOf(w: WorldConfig): List<number> {
  return makeList(w.sizes.lists, (i) => i);
}

export function transactionJson(w: WorldConfig, i: number) {
  const rng = new Rng(w.seed, 'transaction', i);
  const recharge = rng.chance(0.25);
  const gift = rng.pick(gifts);
  const coins = recharge ? rng.pick([70, 350, 700, 1400, 3500]) : gift.diamond_count * rng.int(1, 5);
  return {
    id: encodeId('transaction', i),
    type: recharge ? 'recharge' : 'gift',
    coins: recharge ? coins : -coins,
    create_time: WORLD_NOW - 3600 * 7 * (i + 1),
    description: recharge ? `Recharged ${coins} coins` : `Sent ${gift.name}`,
  };
}
