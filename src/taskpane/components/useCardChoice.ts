import { useState } from "react";
import type { NameCard } from "../../core/cards/name-cards";

export function cardLabel(card: NameCard): string {
  return card.unit ? `${card.name}（${card.unit}）` : card.name;
}

/**
 * Which of `cards` get a 桌签: all at first, and all again when the list itself changes (another 名单, a tally that
 * moves someone on or off leave) — not when the same list arrives as a new array.
 */
export function useCardChoice(cards: readonly NameCard[]) {
  const list = cards.map(cardLabel).join("\n");
  const [choice, setChoice] = useState({ list, chosen: cards.map(() => true) });
  const chosen = choice.list === list ? choice.chosen : cards.map(() => true);
  const choose = (next: boolean[]) => setChoice({ list, chosen: next });
  return {
    chosen,
    count: chosen.filter(Boolean).length,
    chosenCards: () => cards.filter((_, i) => chosen[i]),
    tick: (index: number, on: boolean) => choose(chosen.map((c, i) => (i === index ? on : c))),
    all: () => choose(cards.map(() => true)),
    none: () => choose(cards.map(() => false)),
  };
}
