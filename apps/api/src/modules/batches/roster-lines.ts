import { EDUCATION, GENDER, maskNationalId, maskPhone, POLITICAL_STATUS, SECONDMENT_CATEGORY } from '@app/domain';
import type { RosterLine } from '@app/excel';
import type { Secondment } from '../secondments/secondment.entity';

/** A secondment as a roster line, in the template's words. Expects cadre, cadre.homeUnit and hostUnit loaded. */
export function toRosterLine(s: Secondment, fullPii: boolean): RosterLine {
  const cadre = s.cadre;
  if (!cadre) throw new Error(`secondment ${s.id} was loaded without its cadre`);
  return {
    name: cadre.name,
    gender: GENDER.label(cadre.gender),
    birthDate: cadre.birthDate,
    ethnicity: cadre.ethnicity,
    politicalStatus: POLITICAL_STATUS.label(cadre.politicalStatus),
    education: EDUCATION.label(cadre.education),
    nationalId: fullPii ? cadre.nationalId : maskNationalId(cadre.nationalId),
    phone: fullPii ? cadre.phone : maskPhone(cadre.phone),
    homeUnit: cadre.homeUnit?.name ?? '',
    position: cadre.position,
    rank: cadre.rank ?? '',
    hostUnit: s.hostUnit?.name ?? '',
    category: SECONDMENT_CATEGORY.label(s.category),
    post: s.post,
    startDate: s.startDate,
    endDate: s.endDate,
    groupLabel: s.groupLabel ?? '',
  };
}
