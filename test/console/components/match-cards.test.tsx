import { describe, expect, test } from 'vitest';
import type { CourseMatch, VacancyMatch } from '../../../console/api/tool-outputs.ts';
import { CardSection, CourseCards, MatchCard, VacancyCards } from '../../../console/components/MatchCards.tsx';
import { t } from '../../../console/i18n.ts';
import { mount } from '../support/mount.tsx';

describe('CardSection and MatchCard', () => {
  test('a section named by its heading; a card with title, demo badge, who · detail, its own facts, then the reasons', () => {
    const host = mount(() => (
      <CardSection heading="推荐岗位">
        <ul>
          <MatchCard title="仓库管理员" demo by="渝北物流" detail="全职" reasons={['离家近']} reasonsLabel="推荐理由">
            <p class="own">月薪 4000</p>
          </MatchCard>
          <MatchCard title="保洁员" by="某物业" detail={null} />
        </ul>
      </CardSection>
    ));
    const section = host.querySelector('section.cards')!;
    expect(section.getAttribute('aria-label')).toBe('推荐岗位');
    expect(section.querySelector('h3')?.textContent).toBe('推荐岗位');
    const [first, second] = [...section.querySelectorAll('li.card')];
    expect([...first!.children].map((el) => el.tagName + (el.className ? `.${el.className}` : ''))).toEqual(['H4', 'P.card-sub', 'P.own', 'UL.reasons']);
    expect(first!.querySelector('h4')?.textContent).toBe(`仓库管理员${t.common.demo}`);
    expect(first!.querySelector('h4 .badge')).not.toBeNull();
    expect(first!.querySelector('.card-sub')?.textContent).toBe('渝北物流 · 全职');
    expect(first!.querySelector('ul.reasons')?.getAttribute('aria-label')).toBe('推荐理由');
    expect(second!.querySelector('h4')?.textContent).toBe('保洁员');
    expect(second!.querySelector('.card-sub')?.textContent).toBe('某物业');
    expect(second!.querySelector('ul.reasons')).toBeNull();
  });
});

/** A whole result row as the tools return it, with the fields a test is about. */
const vacancy = (over: Partial<VacancyMatch>): VacancyMatch => ({
  vacancyId: '1', title: '', employer: '', score: 0.5, reasons: [], notes: [], workType: 'full_time', workTypeLabel: '全职', district: '渝北区', street: null, address: null,
  educationMin: null, wageMin: null, wageMax: null, wageText: '面议', headcount: null, contact: null, postedOn: '2026-01-01', expiresOn: null, demo: false, ...over,
});
const course = (over: Partial<CourseMatch>): CourseMatch => ({
  courseId: '1', title: '', provider: '', category: '', score: 0.5, reasons: [], notes: [], street: null, address: null, startsOn: null, endsOn: null,
  subsidised: false, fee: null, seats: null, contact: null, demo: false, ...over,
});

describe('VacancyCards and CourseCards', () => {
  test('a vacancy card lists wage, place and contact; none found says so', () => {
    const v = t.seeker.vacancies;
    const host = mount(() => (
      <>
        <VacancyCards matches={[vacancy({ vacancyId: '1', title: '仓管', employer: '物流', wageText: '4000元', street: '龙溪街道', address: '龙溪街道金龙路1号', contact: '023-1', reasons: ['近'] })]} />
        <VacancyCards matches={[]} shortfall={{ found: 0, wanted: 5, reason: '附近岗位不多。', counsellor: '可以转人工。' }} />
      </>
    ));
    const [full, empty] = [...host.querySelectorAll('section.cards')];
    expect([...full!.querySelectorAll('dt')].map((d) => d.textContent)).toEqual([v.wage, v.place, v.contact]);
    expect([...full!.querySelectorAll('dd')].map((d) => d.textContent)).toEqual(['4000元', '龙溪街道金龙路1号', '023-1']);
    expect(full!.querySelector('ul.reasons')?.getAttribute('aria-label')).toBe(v.reasons);
    expect(empty!.querySelector('p.muted')?.textContent).toBe(v.none);
    expect(empty!.querySelector('p.note[role="note"]')?.textContent).toBe(`${v.shortfall}：附近岗位不多。 可以转人工。`);
  });

  test('a course card shows its dates and the subsidy, and its reasons without a list name', () => {
    const c = t.seeker.courses;
    const host = mount(() => <CourseCards matches={[course({ courseId: '1', title: '电工', provider: '职校', category: '技能', startsOn: '2026-03-01', endsOn: '2026-04-01', subsidised: true, reasons: ['有补贴'] })]} />);
    const card = host.querySelector('li.card')!;
    expect(card.querySelector('.card-sub')?.textContent).toBe('职校 · 技能');
    expect(card.querySelector('p.small')?.textContent).toBe(`${c.dates}：2026-03-01 — 2026-04-01`);
    expect(card.querySelector('p.ok')?.textContent).toBe(c.subsidised);
    expect(card.querySelector('ul.reasons')?.hasAttribute('aria-label')).toBe(false);
  });
});
