import { vacancies } from '../db/schema/index.ts';

/** The columns `vacancyText` reads (server/catalog/vacancy-row.ts): what a post's embedding and search tokens are made of. */
export const vacancyTextColumns = {
  title: vacancies.title,
  employer: vacancies.employer,
  workType: vacancies.workType,
  street: vacancies.street,
  description: vacancies.description,
  skills: vacancies.skills,
  majors: vacancies.majors,
  suitableGroups: vacancies.suitableGroups,
};
