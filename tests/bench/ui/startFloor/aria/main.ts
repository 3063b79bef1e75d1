/// <reference lib="dom" />
// A page of its own (built by startFloor.ts), so it names the browser library the bench files do not load.
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, I18nProvider } from 'react-aria-components';
import { floorBoard } from '../floorBoard.js';

// React with the UI library the planner's buttons use, and a number in Dutch per lane: the
// first Intl call of a renderer process loads ICU's data (50-60 ms here).
const hours = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
createRoot(document.getElementById('root')!).render(
  h(I18nProvider, {
    locale: 'nl-NL',
    children: floorBoard((i) => h(Button, null, `Functie ${i + 1}: ${hours.format(i * 1.5)} uur`)),
  }),
);
