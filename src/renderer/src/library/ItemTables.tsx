// Room: renderer — the tables of one directive's figures, quotes, references and themes, as a
// lead corrects them: every cell edits in place, rows are added and deleted, themes are marked
// required. Every change goes through the library service (so the next check uses it).
import { useState, type FormEvent } from 'react';
import type { Citation, Figure, Quote, Theme } from '../../../core/index.ts';
import type { DirectiveDetail, EditableKind } from '../../../shared/desktopSchemas.ts';
import { soat } from '../common/host.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import { DeleteButton } from './DeleteButton.tsx';
import { EditableCell } from './EditableCell.tsx';
import { figureValuePatch } from './figurePatch.ts';
import { formatFigureValue, parseVietnameseNumber } from './vietnameseNumber.ts';

type Answer = { ok: true; value: DirectiveDetail } | { ok: false; error: { message: string } };
/** Runs one library edit; the reason when refused, null when done. */
export type RunEdit = (edit: () => Promise<Answer>) => Promise<string | null>;

interface Keyed<T> {
  key: string;
  origin: 'parsed' | 'added';
  item: T;
}

interface TableProps<T> {
  directive: string;
  items: readonly Keyed<T>[];
  run: RunEdit;
}

const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());

function useEditors(directive: string, kind: EditableKind, run: RunEdit) {
  return {
    update: (key: string, patch: Record<string, unknown>) => run(() => soat().updateItem(directive, kind, key, patch)),
    remove: (key: string) => void run(() => soat().deleteItem(directive, kind, key)),
    add: (fields: Record<string, unknown>) => run(() => soat().addItem(directive, kind, fields)),
  };
}

function Empty({ columns }: { columns: number }) {
  const { t } = useI18n();
  return (
    <tr>
      <td colSpan={columns} className="table-empty">
        {t('items.empty')}
      </td>
    </tr>
  );
}

/** The row of fields that adds an item; `fields` turns the typed strings into the item's fields. */
function AddRow({
  columns,
  onAdd,
  fields,
}: {
  columns: readonly { name: string; label: MessageKey; required?: boolean; options?: readonly { value: string; label: string }[] }[];
  onAdd: (values: Record<string, string>) => Promise<string | null>;
  fields: number;
}) {
  const { t } = useI18n();
  const blank = Object.fromEntries(columns.map((c) => [c.name, c.options?.[0]?.value ?? '']));
  const [values, setValues] = useState<Record<string, string>>(blank);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const refused = await onAdd(values);
    setError(refused);
    if (refused === null) setValues(blank);
  };
  return (
    <tr className="add-row">
      <td colSpan={fields}>
        <form className="add-form" onSubmit={(event) => void submit(event)} aria-label={t('items.addRow')}>
          {columns.map((c) =>
            c.options ? (
              <select key={c.name} aria-label={t(c.label)} value={values[c.name]} onChange={(e) => setValues({ ...values, [c.name]: e.target.value })}>
                {c.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                key={c.name}
                aria-label={t(c.label)}
                placeholder={t(c.label)}
                required={c.required}
                value={values[c.name]}
                onChange={(e) => setValues({ ...values, [c.name]: e.target.value })}
              />
            ),
          )}
          <button type="submit">{t('items.add')}</button>
          {error ? (
            <span className="cell-error" role="alert">
              {error}
            </span>
          ) : null}
        </form>
      </td>
    </tr>
  );
}

const Origin = ({ origin }: { origin: 'parsed' | 'added' }) => {
  const { t } = useI18n();
  return origin === 'added' ? <span className="badge">{t('items.added')}</span> : null;
};

export function FiguresTable({ directive, items, run }: TableProps<Figure>) {
  const { t } = useI18n();
  const edit = useEditors(directive, 'figure', run);
  const text = (key: string, field: string) => (value: string) => edit.update(key, { [field]: value });
  return (
    <table className="items-table" aria-label={t('detail.figures', { count: items.length })}>
      <thead>
        <tr>
          <th scope="col">{t('items.text')}</th>
          <th scope="col">{t('items.value')}</th>
          <th scope="col">{t('items.unit')}</th>
          <th scope="col">{t('items.subject')}</th>
          <th scope="col">{t('items.period')}</th>
          <th scope="col">{t('items.sentence')}</th>
          <th scope="col">{t('items.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {items.length === 0 ? <Empty columns={7} /> : null}
        {items.map(({ key, origin, item }) => (
          <tr key={key} data-key={key}>
            <td>
              <EditableCell value={item.text} label={t('items.text')} onSave={text(key, 'text')} />
              <Origin origin={origin} />
            </td>
            <td>
              <EditableCell
                value={formatFigureValue(item.value, item.decimals)}
                label={t('items.value')}
                onSave={async (input) => {
                  const patch = figureValuePatch(item, input);
                  return patch === null ? t('items.badNumber', { input }) : edit.update(key, patch);
                }}
              />
            </td>
            <td>
              <EditableCell value={item.unit} label={t('items.unit')} onSave={text(key, 'unit')} />
            </td>
            <td>
              <EditableCell value={item.subject} label={t('items.subject')} onSave={text(key, 'subject')} />
            </td>
            <td>
              <EditableCell value={item.period ?? ''} label={t('items.period')} onSave={(v) => edit.update(key, { period: orNull(v) })} />
            </td>
            <td className="cell-sentence">
              <EditableCell value={item.sentence} label={t('items.sentence')} multiline onSave={text(key, 'sentence')} />
            </td>
            <td>
              <DeleteButton what={item.text} onDelete={() => edit.remove(key)} />
            </td>
          </tr>
        ))}
        <AddRow
          fields={7}
          columns={[
            { name: 'text', label: 'items.text', required: true },
            { name: 'value', label: 'items.value', required: true },
            { name: 'unit', label: 'items.unit' },
            { name: 'subject', label: 'items.subject' },
            { name: 'period', label: 'items.period' },
          ]}
          onAdd={async (v) => {
            const typed = parseVietnameseNumber(v['value'] ?? '');
            if (typed === null) return t('items.badNumber', { input: v['value'] ?? '' });
            return edit.add({
              text: v['text'],
              value: typed.value,
              decimals: typed.decimals,
              unit: v['unit'] ?? '',
              subject: v['subject'] ?? '',
              period: orNull(v['period'] ?? ''),
            });
          }}
        />
      </tbody>
    </table>
  );
}

export function QuotesTable({ directive, items, run }: TableProps<Quote>) {
  const { t } = useI18n();
  const edit = useEditors(directive, 'quote', run);
  const types = (['slogan', 'theme', 'phrase'] as const).map((value) => ({ value, label: t(`items.${value}`) }));
  return (
    <table className="items-table" aria-label={t('detail.quotes', { count: items.length })}>
      <thead>
        <tr>
          <th scope="col">{t('items.quoteType')}</th>
          <th scope="col">{t('items.quoteText')}</th>
          <th scope="col">{t('items.section')}</th>
          <th scope="col">{t('items.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {items.length === 0 ? <Empty columns={4} /> : null}
        {items.map(({ key, origin, item }) => (
          <tr key={key} data-key={key}>
            <td>
              <EditableCell value={item.type} label={t('items.quoteType')} options={types} onSave={(v) => edit.update(key, { type: v })} />
            </td>
            <td className="cell-sentence">
              <EditableCell value={item.text} label={t('items.quoteText')} multiline onSave={(v) => edit.update(key, { text: v })} />
              <Origin origin={origin} />
            </td>
            <td>
              <EditableCell value={item.sectionPath ?? ''} label={t('items.section')} onSave={(v) => edit.update(key, { sectionPath: orNull(v) })} />
            </td>
            <td>
              <DeleteButton what={item.text} onDelete={() => edit.remove(key)} />
            </td>
          </tr>
        ))}
        <AddRow
          fields={4}
          columns={[
            { name: 'type', label: 'items.quoteType', options: types },
            { name: 'text', label: 'items.quoteText', required: true },
          ]}
          onAdd={(v) => edit.add({ type: v['type'], text: v['text'] })}
        />
      </tbody>
    </table>
  );
}

export function CitationsTable({ directive, items, run, kind, label }: TableProps<Citation> & { kind: 'reference' | 'implements'; label: string }) {
  const { t } = useI18n();
  const edit = useEditors(directive, kind, run);
  const cell = (key: string, field: keyof Citation, value: string | null, name: MessageKey, required = false) => (
    <EditableCell value={value ?? ''} label={t(name)} onSave={(v) => edit.update(key, { [field]: required ? v : orNull(v) })} />
  );
  return (
    <table className="items-table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">{t('items.number')}</th>
          <th scope="col">{t('items.kind')}</th>
          <th scope="col">{t('items.date')}</th>
          <th scope="col">{t('items.issuer')}</th>
          <th scope="col">{t('items.title')}</th>
          <th scope="col">{t('items.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {items.length === 0 ? <Empty columns={6} /> : null}
        {items.map(({ key, origin, item }) => (
          <tr key={key} data-key={key}>
            <td>
              {cell(key, 'number', item.number, 'items.number', true)}
              <Origin origin={origin} />
            </td>
            <td>{cell(key, 'kind', item.kind, 'items.kind')}</td>
            <td>{cell(key, 'date', item.date, 'items.date')}</td>
            <td>{cell(key, 'issuer', item.issuer, 'items.issuer')}</td>
            <td className="cell-sentence">{cell(key, 'title', item.title, 'items.title')}</td>
            <td>
              <DeleteButton what={item.number} onDelete={() => edit.remove(key)} />
            </td>
          </tr>
        ))}
        <AddRow
          fields={6}
          columns={[
            { name: 'number', label: 'items.number', required: true },
            { name: 'kind', label: 'items.kind' },
            { name: 'date', label: 'items.date' },
            { name: 'issuer', label: 'items.issuer' },
            { name: 'title', label: 'items.title' },
          ]}
          onAdd={(v) =>
            edit.add({
              number: v['number'],
              kind: orNull(v['kind'] ?? ''),
              date: orNull(v['date'] ?? ''),
              issuer: orNull(v['issuer'] ?? ''),
              title: orNull(v['title'] ?? ''),
            })
          }
        />
      </tbody>
    </table>
  );
}

export function ThemesTable({ directive, items, run }: TableProps<Theme>) {
  const { t } = useI18n();
  return (
    <table className="items-table" aria-label={t('detail.themes', { count: items.length })}>
      <thead>
        <tr>
          <th scope="col">{t('items.section')}</th>
          <th scope="col">{t('items.heading')}</th>
          <th scope="col">{t('items.required')}</th>
        </tr>
      </thead>
      <tbody>
        {items.length === 0 ? <Empty columns={3} /> : null}
        {items.map(({ key, item }) => (
          <tr key={key} data-key={key}>
            <td>{item.path}</td>
            <td className="cell-sentence">{item.heading}</td>
            <td>
              <input
                type="checkbox"
                checked={item.required}
                aria-label={t('items.requiredLabel', { path: item.path })}
                onChange={(event) => void run(() => soat().setThemeRequired(directive, item.path, event.target.checked))}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
