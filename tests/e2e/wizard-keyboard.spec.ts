// The night-time facade scenario from home to review with the keyboard alone: Tab, arrows, Space,
// Enter and typing. No mouse click anywhere.
import { test, expect } from './fixtures';
import { choose, field, heading, pick, press, selectByArrows, tabTo, tick, typeInto } from './wizard-support';

test('a principal completes the night-time facade assessment with the keyboard alone and may decide', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await tabTo(page, { button: 'Ny bedömning' });
  await page.keyboard.press('Enter');
  // The choice of kind: camera surveillance.
  await tabTo(page, { button: 'Kamerabevakning' });
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Skola och ansvar');
  // Focus moved to the step's heading, so a screen reader hears where the principal is.
  await expect(heading(page)).toBeFocused();

  // 1. School
  await choose(page, 'school.ownerType', 'municipal');
  await typeInto(page, 'school.ownerName', 'Utbildningsnämnden i Exempelstad');
  await typeInto(page, 'school.schoolName', 'Lindängsskolan');
  await typeInto(page, 'school.youngestPupilAge', '6');
  await typeInto(page, 'school.schoolDay.from', '08:00');
  await typeInto(page, 'school.schoolDay.to', '16:00');
  await typeInto(page, 'school.principal.name', 'Åsa Öberg');
  await typeInto(page, 'school.principal.title', 'Rektor');
  await typeInto(page, 'school.cameraPerson.name', 'Karim Haddad');
  await typeInto(page, 'school.dpo.name', 'Maja Lindqvist');
  await typeInto(page, 'school.decisionDate', '2026-11-20');
  await press(page, 'Nästa: Problem och syfte');
  await expect(heading(page)).toHaveText('Problem och syfte');

  // 2. Problem: three break-ins at the gym's facade this autumn
  await typeInto(page, 'problem.description', 'Upprepade inbrott och skadegörelse vid idrottshallen nattetid.');
  await typeInto(page, 'problem.purpose', 'Förebygga inbrott mot idrottshallens fasad när skolan är stängd och kunna utreda dem.');
  for (const [n, date] of [
    [0, '2026-08-12'],
    [1, '2026-09-30'],
    [2, '2026-10-28'],
  ] as const) {
    await press(page, 'Lägg till en händelse');
    // Focus goes to the new incident's first question.
    await expect(page.locator(field(`problem.incidents.${n}.date`))).toBeFocused();
    await page.keyboard.type(date);
    await typeInto(page, `problem.incidents.${n}.time`, '02:30');
    await typeInto(page, `problem.incidents.${n}.place`, 'Idrottshallens södra fasad');
    await pick(page, `problem.incidents.${n}.type`, 'breakin');
    await typeInto(page, `problem.incidents.${n}.policeReportNumber`, `5000-K00000${n + 1}-26`);
  }
  await press(page, 'Nästa: Andra åtgärder');
  await expect(heading(page)).toHaveText('Andra åtgärder');

  // 3. Measures: lighting tried, guards not possible
  await press(page, 'Lägg till en åtgärd');
  await expect(page.locator(field('measures.items.0.kind'))).toBeFocused();
  await selectByArrows(page, 'measures.items.0.kind', 'lighting');
  await choose(page, 'measures.items.0.tried', 'yes');
  await typeInto(page, 'measures.items.0.result', 'Färre skadegörelser under vintern.');
  await typeInto(page, 'measures.items.0.whyInsufficient', 'Inbrotten fortsatte.');
  await press(page, 'Lägg till en åtgärd');
  await expect(page.locator(field('measures.items.1.kind'))).toBeFocused();
  await selectByArrows(page, 'measures.items.1.kind', 'guards');
  await choose(page, 'measures.items.1.tried', 'no');
  await typeInto(page, 'measures.items.1.whyNotPossible', 'Kostar omkring 900 000 kronor per år.');
  await press(page, 'Nästa: Kameror');
  await expect(heading(page)).toHaveText('Kameror');

  // 4. One facade camera, not a public place, facade practice hours
  await press(page, 'Lägg till en kamera');
  await expect(heading(page)).toHaveText('Kameror: Kamera 1');
  await expect(heading(page)).toBeFocused();
  await typeInto(page, 'cameras.0.location', 'Idrottshallens södra fasad, under takfoten');
  await choose(page, 'cameras.0.placement', 'outdoor');
  await pick(page, 'cameras.0.areaKind', 'facade');
  await choose(page, 'cameras.0.publicAccess', 'no');
  await typeInto(page, 'cameras.0.publicAccessReasoning', 'Skolområdet är inhägnat och grindarna låses 18–07.');
  await typeInto(page, 'cameras.0.nonPublicArea.proportionality', 'Inbrotten sker nattetid mot fasaden; kameran filmar bara fasaden när skolan är stängd.');
  await choose(page, 'cameras.0.nonPublicArea.annualReviewPlanned', 'yes');
  await tick(page, 'f-cameras-0-inView--facade');
  await tick(page, 'f-cameras-0-inView--groundNear');
  await typeInto(page, 'cameras.0.fieldOfView', 'Fasaden och två meter ut från den, från förrådet till entrén.');
  await choose(page, 'cameras.0.limitedToFacadePlus2m', 'yes');
  await choose(page, 'cameras.0.coversIncidentSpots', 'yes');
  await choose(page, 'cameras.0.mount', 'fixed');
  await choose(page, 'cameras.0.zoom', 'no');
  await choose(page, 'cameras.0.masking', 'yes');
  await typeInto(page, 'cameras.0.maskingDescription', 'Grannhusets fönster är maskerade.');
  await choose(page, 'cameras.0.hours.preset', 'facadePractice');
  await expect(page.locator('.hours__summary')).toContainText('Vardagar 20–06, helger 17–07');
  await choose(page, 'cameras.0.mode', 'recording');
  await choose(page, 'cameras.0.sound', 'no');
  await choose(page, 'cameras.0.biometrics', 'no');
  await tick(page, 'f-cameras-0-analytics--none');
  await tick(page, 'f-cameras-0-subjects--staff');
  await tick(page, 'f-cameras-0-subjects--visitors');
  await tick(page, 'f-cameras-0-offHoursPresence--intruders');
  await expect(page.locator('.findings-panel .finding--block')).toHaveCount(0);
  await press(page, 'Klar – tillbaka till kameralistan');
  await expect(heading(page)).toHaveText('Kameror');
  await press(page, 'Nästa: Intresseavvägning');

  // 5. Balancing
  await expect(heading(page)).toHaveText('Intresseavvägning');
  await typeInto(page, 'balancing.interest', 'Tre polisanmälda inbrott på tre månader.');
  await typeInto(page, 'balancing.intrusion', 'Bara fasaden när skolan är stängd; elever filmas inte.');
  await typeInto(page, 'balancing.mitigations', 'Maskering, fast kamera utan zoom, 72 timmars lagring.');
  await typeInto(page, 'balancing.reasoning', 'Intresset av att förebygga inbrott väger tyngre än det begränsade intrånget.');
  await press(page, 'Nästa: Hantering av personuppgifter');

  // 6. Data
  await expect(heading(page)).toHaveText('Hantering av personuppgifter');
  await choose(page, 'data.legalBasis', '6.1e');
  await typeInto(page, 'data.retentionHours', '72');
  await choose(page, 'data.autoDelete', 'yes');
  await typeInto(page, 'data.incidentClipRoutine', 'Kameraansvarig sparar klippet och lämnar det till polisen.');
  await press(page, 'Lägg till en roll');
  await expect(page.locator(field('data.accessRoles.0.role'))).toBeFocused();
  await page.keyboard.type('Rektor');
  await choose(page, 'data.accessLog', 'yes');
  await typeInto(page, 'data.policeDisclosure', 'På begäran efter sekretessprövning.');
  await choose(page, 'data.processorUsed', 'no');
  await choose(page, 'data.storage', 'local');
  await choose(page, 'data.storageInEuEea', 'yes');
  await choose(page, 'data.placementDrawingsShared', 'no');
  await press(page, 'Nästa: Samråd och information');

  // 7. Consultation
  await expect(heading(page)).toHaveText('Samråd och information');
  await choose(page, 'consultation.unionForm', 'samverkan');
  await typeInto(page, 'consultation.unionDate', '2026-11-02');
  await choose(page, 'consultation.safetyRepresentativeConsulted', 'yes');
  await choose(page, 'consultation.pupilsInformed', 'yes');
  await choose(page, 'consultation.guardiansInformed', 'yes');
  await choose(page, 'consultation.staffInformed', 'yes');
  await choose(page, 'consultation.informationForChildren', 'yes');
  await choose(page, 'consultation.signage', 'yes');
  await typeInto(page, 'consultation.art13Where', 'exempelstad.se/lindangsskolan/kamerabevakning');
  await choose(page, 'consultation.dpiaDone', 'yes');
  await typeInto(page, 'consultation.dpiaReference', 'UN 2026/1200');
  await typeInto(page, 'consultation.dpoAdvice', 'Begränsa till fasaden nattetid och maskera grannfastigheten.');
  await press(page, 'Nästa: Granskning');

  // 8. Review: nothing missing, and the principal may decide
  await expect(heading(page)).toHaveText('Granskning');
  await expect(page.locator('.outcome__verdict')).toHaveText('Rektor kan besluta');
  await expect(page.locator('.outcome__explanation')).toContainText('Du kan besluta om kamerabevakning för kamera 1');
  await expect(page.getByText(/frågor saknar svar/)).toHaveCount(0);
  await expect(page.locator('.answers')).toContainText('Lindängsskolan');
});
