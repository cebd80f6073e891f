import { useTranslations } from 'next-intl';
import { requestIntroductionAction } from '@/lib/investors/actions';
import { Card, CardBody, CardHeader, CardTitle } from '@/components/ui/card';
import { TextForm } from '@/components/campaigns/member-forms';

/** An investor asks the project's owner for an introduction (project and campaign pages). */
export function IntroductionCard({ projectId }: { projectId: string }) {
  const ti = useTranslations('investors');
  return (
    <Card aria-labelledby="intro-title">
      <CardHeader>
        <div>
          <CardTitle id="intro-title">{ti('introTitle')}</CardTitle>
          <p className="mt-0.5 text-sm text-slate-500">{ti('introLead')}</p>
        </div>
      </CardHeader>
      <CardBody>
        <TextForm
          schema="introduction"
          action={requestIntroductionAction}
          hidden={{ projectId }}
          fields={[
            { name: 'ticket', label: ti('ticket') },
            { name: 'message', label: ti('message'), multiline: true },
          ]}
          submit={ti('introSubmit')}
          success={ti('introSent')}
          variant="outline"
        />
      </CardBody>
    </Card>
  );
}
