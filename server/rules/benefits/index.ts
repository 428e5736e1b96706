/** The registry of benefits, in the contract's order (docs/architecture.md): 14 person codes, then 8 employer codes. */
import type { Benefit, BenefitCode } from '../outcome.ts';
import unemploymentRegistration from './unemployment_registration.ts';
import standardServicePackage from './standard_service_package.ts';
import startupTrainingSubsidy from './startup_training_subsidy.ts';
import startupGuaranteedLoan from './startup_guaranteed_loan.ts';
import startupOneOffGrant from './startup_one_off_grant.ts';
import entrepreneurshipWorkspace from './entrepreneurship_workspace.ts';
import vocationalTrainingSubsidy from './vocational_training_subsidy.ts';
import skillCertificationSubsidy from './skill_certification_subsidy.ts';
import internshipPost from './internship_post.ts';
import grassrootsPost from './grassroots_post.ts';
import flexibleEmploymentSocialInsuranceSubsidy from './flexible_employment_social_insurance_subsidy.ts';
import dibaoEmploymentSubsidy from './dibao_employment_subsidy.ts';
import jobSearchStartupSubsidy from './job_search_startup_subsidy.ts';
import publicWelfarePost from './public_welfare_post.ts';
import employerHiringSubsidyKeyGroups from './employer_hiring_subsidy_key_groups.ts';
import employerHiringSubsidyGraduatesSme from './employer_hiring_subsidy_graduates_sme.ts';
import employerSocialInsuranceSubsidy from './employer_social_insurance_subsidy.ts';
import employmentBaseGrant from './employment_base_grant.ts';
import assistanceWorkshopAward from './assistance_workshop_award.ts';
import demoStreetAward from './demo_street_award.ts';
import internshipSubsidy from './internship_subsidy.ts';
import incubatorAward from './incubator_award.ts';

export const benefits: readonly Benefit[] = [
  unemploymentRegistration,
  standardServicePackage,
  startupTrainingSubsidy,
  startupGuaranteedLoan,
  startupOneOffGrant,
  entrepreneurshipWorkspace,
  vocationalTrainingSubsidy,
  skillCertificationSubsidy,
  internshipPost,
  grassrootsPost,
  flexibleEmploymentSocialInsuranceSubsidy,
  dibaoEmploymentSubsidy,
  jobSearchStartupSubsidy,
  publicWelfarePost,
  employerHiringSubsidyKeyGroups,
  employerHiringSubsidyGraduatesSme,
  employerSocialInsuranceSubsidy,
  employmentBaseGrant,
  assistanceWorkshopAward,
  demoStreetAward,
  internshipSubsidy,
  incubatorAward,
];

export const benefitByCode: ReadonlyMap<BenefitCode, Benefit> = new Map(benefits.map((b) => [b.code, b]));
