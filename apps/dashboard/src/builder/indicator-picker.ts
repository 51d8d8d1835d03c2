import { html, type TemplateResult } from 'lit';
import type { BuilderMessages } from './builder-messages.js';
import type { Choices } from './choice-lists.js';

/** Ids of a space-separated attribute value ('indicators="a b"'). */
export const idsOf = (value: string) => value.split(/\s+/).filter(Boolean);

/**
 * The indicator(s) a widget shows, by name: one in a list (`indicator`), several as
 * checkboxes (`indicators`, space-separated ids in feed order). `onChoose` gets the
 * attribute value.
 */
export function indicatorPicker(
  m: BuilderMessages,
  attribute: 'indicator' | 'indicators',
  value: string,
  choices: Choices,
  onChoose: (value: string) => void,
): TemplateResult {
  if (attribute === 'indicator') {
    return html`<label
      >${m.indicator}
      <select
        name="indicator"
        @change=${(e: Event) => onChoose((e.target as HTMLSelectElement).value)}
      >
        ${choices.map(([id, text]) => html`<option value=${id} ?selected=${id === value}>${text}</option>`)}
      </select></label
    >`;
  }
  const chosen = new Set(idsOf(value));
  const toggle = (id: string, on: boolean) => {
    const next = choices.map(([v]) => v).filter((v) => (v === id ? on : chosen.has(v)));
    onChoose(next.join(' '));
  };
  return html`<fieldset class="indicator-picker">
    <legend>${m.indicators}</legend>
    ${choices.map(
      ([id, text]) =>
        html`<label
          ><input
            type="checkbox"
            name="indicators"
            value=${id}
            .checked=${chosen.has(id)}
            @change=${(e: Event) => toggle(id, (e.target as HTMLInputElement).checked)}
          />
          ${text}</label
        >`,
    )}
    <p class="line">${m.noneTicked}</p>
  </fieldset>`;
}
