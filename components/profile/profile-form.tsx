'use client';

import { useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { updateProfileAction } from '@/lib/users/actions';
import { profileSchema } from '@/lib/users/schemas';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Select, Textarea } from '@/components/ui/input';
import { FormAlert } from '@/components/ui/form-alert';
import { useFormAction } from '@/components/ui/use-form-action';

type Profile = { name: string; bio: string; organization: string; skills: string[]; locale: string };

export function ProfileForm({ profile }: { profile: Profile }) {
  const t = useTranslations('profile');
  const tc = useTranslations('common');
  const { pending, onSubmit, formAction, errors, formError } = useFormAction(profileSchema, updateProfileAction, () => toast.success(t('saved')));
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={formError} />
      <Field label={t('name')} errors={errors?.name} required>
        <Input name="name" defaultValue={profile.name} autoComplete="name" />
      </Field>
      <Field label={t('organization')} hint={t('organizationHint')} errors={errors?.organization}>
        <Input name="organization" defaultValue={profile.organization} autoComplete="organization" />
      </Field>
      <Field label={t('skills')} hint={t('skillsHint')} errors={errors?.skills}>
        <Input name="skills" defaultValue={profile.skills.join(', ')} />
      </Field>
      <Field label={t('bio')} errors={errors?.bio}>
        <Textarea name="bio" defaultValue={profile.bio} rows={5} />
      </Field>
      <Field label={t('locale')} errors={errors?.locale}>
        <Select name="locale" defaultValue={profile.locale}>
          <option value="zh-CN">简体中文</option>
          <option value="en">English</option>
        </Select>
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? tc('saving') : tc('save')}
      </Button>
    </form>
  );
}
