// Room: renderer — conflicts with the directives by kind: a stacked bar (resolved, open) per
// kind, and the found / resolved / open numbers, each opening the articles it counts.
import type { AuditReport } from '../../../shared/auditSchemas.ts';
import type { AuditCell } from './AuditCell.ts';
import type { AuditTranslate } from './auditMessages.ts';

interface Props {
  report: AuditReport;
  a: AuditTranslate;
  onCell: (cell: AuditCell) => void;
}

export function ConflictsChart({ report, a, onCell }: Props) {
  const max = Math.max(1, ...report.conflicts.map((c) => c.found));
  const open = (c: AuditReport['conflicts'][number], state: 'found' | 'resolved' | 'open') =>
    onCell({ label: a('cell.kind', { kind: c.label, state: a(`state.${state}`) }), filter: { kind: c.kind, findingState: state } });
  return (
    <table className="audit-conflicts" aria-label={a('conflicts.title')}>
      <thead>
        <tr>
          <th scope="col">{a('conflicts.kind')}</th>
          <th scope="col" className="audit-bar-col" aria-hidden="true" />
          <th scope="col" className="num">
            {a('conflicts.found')}
          </th>
          <th scope="col" className="num">
            {a('conflicts.resolved')}
          </th>
          <th scope="col" className="num">
            {a('conflicts.open')}
          </th>
        </tr>
      </thead>
      <tbody>
        {report.conflicts.map((c) => (
          <tr key={c.kind} data-kind={c.kind}>
            <th scope="row">{c.label}</th>
            <td className="audit-bar-col">
              <svg className="audit-bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label={`${c.resolved}/${c.found}`}>
                <rect x="0" y="1" width={(c.resolved / max) * 100} height="8" className="audit-bar-resolved" />
                <rect x={(c.resolved / max) * 100} y="1" width={(c.open / max) * 100} height="8" className="audit-bar-open" />
              </svg>
            </td>
            {(['found', 'resolved', 'open'] as const).map((state) => (
              <td key={state} className="num">
                <button type="button" className="audit-link" disabled={c[state] === 0} onClick={() => open(c, state)}>
                  {c[state]}
                </button>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
