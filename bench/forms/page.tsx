// The page bench/forms/run.ts bundles and opens in Chromium: the 300-field form in CaseForm, and the measuring hooks.
// ?mode=controlled keeps the draft in the page's state through onChange (how a page that autosaves uses CaseForm);
// the default leaves the draft to RJSF.
import { StrictMode, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CaseForm, type JsonObject } from '../../packages/forms/src/index.ts';
import { wideForm } from './wide-form.ts';

interface Probe {
  /** Per keystroke: from the keydown (or the input event, for text typed without keys) to the next frame. */
  keystrokes: number[];
  /** Per Tab key: from its keydown to the frame after it (blur, and after a refused submit, validation). */
  tabs: number[];
  /** Event Timing entries the browser reported (duration ≥ 16 ms), by event name. */
  slowEvents: { name: string; duration: number }[];
  pending: number;
  mountedMs: number;
  submitted: number;
}

const probe: Probe = { keystrokes: [], tabs: [], slowEvents: [], pending: 0, mountedMs: Number.NaN, submitted: 0 };
Reflect.set(window, '__probe', probe);

let keyStart: number | undefined;
document.addEventListener('keydown', (event) => {
  keyStart = event.timeStamp;
  if (event.key !== 'Tab') return;
  // Tab types nothing, but leaving a field validates the form once a submit was refused (CaseForm's onBlur mode).
  probe.pending += 1;
  const start = event.timeStamp;
  requestAnimationFrame(() => setTimeout(() => {
    probe.tabs.push(performance.now() - start);
    probe.pending -= 1;
  }, 0));
}, true);
document.addEventListener('input', (event) => {
  const start = keyStart ?? event.timeStamp;
  keyStart = undefined;
  probe.pending += 1;
  // After the frame that follows the keystroke: the work React and RJSF did for it, and its layout and paint.
  requestAnimationFrame(() => setTimeout(() => {
    probe.keystrokes.push(performance.now() - start);
    probe.pending -= 1;
  }, 0));
}, true);
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) probe.slowEvents.push({ name: entry.name, duration: entry.duration });
}).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);

const form = wideForm();
const controlled = new URLSearchParams(location.search).get('mode') === 'controlled';
const overlay = { required: ['s1.f01', 's2.f04'], visible: [] };

function Page() {
  const [draft, setDraft] = useState<JsonObject>({});
  const onSubmit = useCallback(() => {
    probe.submitted += 1;
  }, []);
  return controlled
    ? <CaseForm schema={form.schema} uiSchema={form.uiSchema} overlay={overlay} language="zh-CN" formData={draft} onChange={setDraft} onSubmit={onSubmit} />
    : <CaseForm schema={form.schema} uiSchema={form.uiSchema} overlay={overlay} language="zh-CN" onSubmit={onSubmit} />;
}

const started = performance.now();
const host = document.getElementById('app');
if (host) {
  createRoot(host).render(<StrictMode><Page /></StrictMode>);
  // React renders the root in a task of its own: wait for the form to exist, then for the frame that shows it.
  const whenMounted = (): void => {
    if (!document.querySelector('form')) {
      requestAnimationFrame(whenMounted);
      return;
    }
    requestAnimationFrame(() => setTimeout(() => {
      probe.mountedMs = performance.now() - started;
    }, 0));
  };
  whenMounted();
}
