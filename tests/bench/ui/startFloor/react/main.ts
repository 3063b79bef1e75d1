/// <reference lib="dom" />
// A page of its own (built by startFloor.ts), so it names the browser library the bench files do not load.
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { floorBoard } from '../floorBoard.js';

// React alone: plain elements, one heading per lane.
createRoot(document.getElementById('root')!).render(floorBoard((i) => h('h2', null, `Functie ${i + 1}`)));
