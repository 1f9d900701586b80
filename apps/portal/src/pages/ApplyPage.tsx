import type { FormSpec } from '@motcua/core';
import { DossierForm, useLocale, useT } from '@motcua/react';
import type { AgencySummary, MotcuaClient } from '@motcua/sdk';
import { useCallback, useId, useState } from 'react';
import { portalMessages } from '../messages';
import { Loading, Page, useLoad, Vi } from '../page';
import { navigate } from '../router';
import { type Citizen, signIn, useSession } from '../session';

/**
 * Where a citizen may file (boundary-free receipt): the office of their own commune that handles the procedure,
 * and the province's public administration service centre, which receives everything.
 */
async function receivingOffices(
  client: MotcuaClient,
  procedureCode: string,
  citizen: Citizen,
  signal: AbortSignal,
): Promise<AgencySummary[]> {
  if (!citizen.provinceCode) return [];
  const provinceCode = citizen.provinceCode;
  const [local, centres] = await Promise.all([
    client.agencies.list({ procedureCode, provinceCode }, { signal }).toArray({ limit: 500 }),
    client.agencies.list({ provinceCode, kind: 'serviceCentre' }, { signal }).toArray({ limit: 10 }),
  ]);
  const own = local.filter((agency) => agency.communeCode && agency.communeCode === citizen.communeCode);
  return [...own, ...centres];
}

export function ApplyPage({ code }: { code: string }) {
  const t = useT(portalMessages);
  const { client, citizen, apiUrl } = useSession();
  const state = useLoad(
    useCallback(
      async (signal: AbortSignal) => {
        const procedure = await client.procedures.get(code, { signal });
        const offices = citizen ? await receivingOffices(client, procedure.code, citizen, signal) : [];
        return { procedure, offices };
      },
      [client, code, citizen],
    ),
  );
  const name = state.status === 'ready' ? state.value.procedure.name : '';
  return (
    <Page
      title={name ? `${t('apply.title')}: ${name}` : t('apply.title')}
      heading={
        name ? (
          <>
            {t('apply.title')}: <Vi>{name}</Vi>
          </>
        ) : undefined
      }
    >
      {citizen ? (
        <Loading state={state}>
          {({ procedure, offices }) =>
            !procedure.formSpec ? (
              <p className="portal-notice">{t('apply.noForm')}</p>
            ) : offices.length === 0 ? (
              <p className="portal-notice">{t('apply.noAgency')}</p>
            ) : (
              <ApplyForm
                procedureCode={procedure.code}
                summary={procedure.name}
                spec={procedure.formSpec as FormSpec}
                offices={offices}
                citizen={citizen}
              />
            )
          }
        </Loading>
      ) : (
        <>
          <p>{t('signIn.body')}</p>
          <button
            type="button"
            className="motcua-button"
            onClick={() => void signIn(apiUrl, `/nop-ho-so/${code}`)}
          >
            {t('portal.signIn')}
          </button>
        </>
      )}
    </Page>
  );
}

interface ApplyFormProps {
  procedureCode: string;
  summary: string;
  spec: FormSpec;
  offices: readonly AgencySummary[];
  citizen: Citizen;
}

function ApplyForm({ procedureCode, summary, spec, offices, citizen }: ApplyFormProps) {
  const t = useT(portalMessages);
  const locale = useLocale();
  const id = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const [agencyCode, setAgencyCode] = useState(offices[0]?.code ?? '');
  return (
    <>
      <div className="motcua-form-group portal-office">
        <label className="motcua-label" htmlFor={`${id}-office`}>
          {t('apply.agency')}
        </label>
        <p id={`${id}-office-hint`} className="motcua-hint">
          {t('apply.agencyHint')}
        </p>
        <select
          id={`${id}-office`}
          className="motcua-input portal-select"
          aria-describedby={`${id}-office-hint`}
          value={agencyCode}
          onChange={(event) => setAgencyCode(event.currentTarget.value)}
        >
          {offices.map((office) => (
            <option
              key={office.code}
              value={office.code}
              lang={locale === 'en' && office.nameEn ? 'en' : 'vi'}
            >
              {locale === 'en' && office.nameEn ? office.nameEn : office.name}
            </option>
          ))}
        </select>
      </div>
      <DossierForm
        id="to-khai"
        headingLevel={2}
        spec={spec}
        procedureCode={procedureCode}
        dossier={{
          applicant: {
            kind: 'citizen',
            fullName: citizen.name,
            ...(citizen.citizenId ? { citizenId: citizen.citizenId } : {}),
          },
          receivingAgencyCode: agencyCode,
          summary,
        }}
        onSubmitted={(dossier) => {
          if (dossier.code) navigate(`/ho-so/${dossier.code}?moi=1`);
        }}
      />
    </>
  );
}
