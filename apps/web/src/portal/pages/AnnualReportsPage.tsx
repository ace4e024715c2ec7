import { useMutation } from '@tanstack/react-query';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { saveBase64File } from '../../download.ts';
import { trpc } from '../../trpc.ts';
import { beijingToday, missingReport } from '../annual-report-status.ts';
import { DataState } from '../components/DataState.tsx';
import { useAnnualReports } from '../portal-data.ts';
import { usePortalText } from '../portal-text.ts';

/** 行政执法统计年报: each year's report, when it first went up and whether that was by 31 January, with downloads. */
export function AnnualReportsPage({ tenant }: { tenant: string }) {
  const { t, formatDateTime } = usePortalText();
  const reports = useAnnualReports(tenant);
  const download = useMutation({
    mutationFn: (input: { year: number; format: 'xlsx' | 'docx' }) => trpc.report.portalFile.query({ tenantCode: tenant, ...input }),
    onSuccess: (file) => saveBase64File(file.fileName, file.mediaType, file.base64),
  });
  return (
    <section className="portal-page" data-testid="portal-reports">
      <h2>{t('reports.title')}</h2>
      <p className="portal-intro">{t('reports.intro')}</p>
      {download.isError && <ErrorAlert error={download.error} />}
      <DataState query={reports}>
        {(list) => {
          const missing = missingReport(list, beijingToday());
          return (
            <>
              {missing && (
                <p className={`portal-notice${missing.overdue ? ' error' : ''}`} role="status" data-testid="portal-report-missing">
                  {t(missing.overdue ? 'reports.missingOverdue' : 'reports.missingDue', { year: missing.year, deadline: missing.deadline })}
                </p>
              )}
              {list.length === 0 ? <p>{t('reports.empty')}</p> : (
                <div className="portal-table-wrap">
                  <table className="portal-table">
                    <thead>
                      <tr>
                        <th scope="col">{t('reports.year')}</th><th scope="col">{t('reports.publishedAt')}</th><th scope="col">{t('reports.deadline')}</th>
                        <th scope="col">{t('reports.onTime')}</th><th scope="col">{t('reports.corrections')}</th><th scope="col" className="portal-no-print">{t('reports.download')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {list.map((report) => (
                        <tr key={report.year} data-testid={`report-${report.year}`}>
                          <td>{report.year}</td>
                          <td>{formatDateTime(report.firstPublishedAt)}</td>
                          <td className="nowrap">{report.deadline}</td>
                          <td>{report.onTime ? t('reports.yes') : <span className="portal-tag late">{t('reports.late')}</span>}</td>
                          <td className="number">{report.latest.corrections}</td>
                          <td className="portal-no-print">
                            {(['xlsx', 'docx'] as const).map((format) => (
                              <button key={format} type="button" disabled={download.isPending} onClick={() => download.mutate({ year: report.year, format })}>{format}</button>
                            ))}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </>
          );
        }}
      </DataState>
    </section>
  );
}
