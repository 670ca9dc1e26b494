// The options of every choice, by option set. "Vet inte" counts as missing where the answer is needed.
export const svOptions = {
  yesNo: { yes: 'Ja', no: 'Nej' },
  yesNoUnknown: { yes: 'Ja', no: 'Nej', unknown: 'Vet inte' },
  serviceKind: {
    tool: 'Lärverktyg eller app', platform: 'Plattform (lärplattform, kontorssvit, e-post)', admin: 'Administrativt system',
    homeSchool: 'Kommunikation mellan skola och hem', ai: 'AI-tjänst', website: 'Webbplats utan inloggning',
  },
  users: { pupils: 'Elever', staff: 'Personal', guardians: 'Vårdnadshavare' },
  grades: {
    fk: 'Förskoleklass', g1: 'Åk 1', g2: 'Åk 2', g3: 'Åk 3', g4: 'Åk 4', g5: 'Åk 5', g6: 'Åk 6', g7: 'Åk 7', g8: 'Åk 8',
    g9: 'Åk 9', gy1: 'Gymnasiet år 1', gy2: 'Gymnasiet år 2', gy3: 'Gymnasiet år 3',
  },
  scope: { group: 'En grupp', school: 'En skola', schools: 'Flera skolor' },
  mandatory: { mandatory: 'Obligatorisk', optional: 'Frivillig, med ett likvärdigt alternativ' },
  inherits: { no: 'Nej', yes: 'Ja, importerad' },
  funding: {
    licence: 'Betald licens', publicFree: 'Gratis från en offentlig aktör', adFunded: 'Gratis med reklam eller datainsamling',
    freemium: 'Gratis bas, betalt för mer', unknown: 'Vet inte',
  },
  platformStatus: {
    underReview: 'Under granskning', approved: 'Godkänd', approvedWithConditions: 'Godkänd med villkor',
    rejected: 'Nekad', discontinued: 'Avvecklad',
  },
  categories: {
    name: 'Namn', email: 'E-post', personalNumber: 'Personnummer', media: 'Bild, film eller ljud', work: 'Elevens arbeten',
    results: 'Resultat och bedömningar', grades: 'Betyg', attendance: 'Närvaro', chat: 'Chatt', logs: 'Loggar och IP-adresser',
    location: 'Plats', guardianContacts: 'Vårdnadshavares kontaktuppgifter',
  },
  ownerType: { municipal: 'Kommunal', independent: 'Enskild (fristående skola)' },
  vendorRole: {
    processor: 'Personuppgiftsbiträde', controller: 'Självständigt personuppgiftsansvarig',
    none: 'Behandlar inga personuppgifter', unknown: 'Vet inte',
  },
  legalBasis: {
    publicTask: '6.1 e – allmänt intresse', legalObligation: '6.1 c – rättslig förpliktelse', consent: '6.1 a – samtycke',
    contract: '6.1 b – avtal', legitimateInterest: '6.1 f – berättigat intresse', unknown: 'Vet inte',
  },
  dpa: {
    signed: 'Ja, undertecknat', standardAccepted: 'Ja, standardavtal godkänt av behörig person', none: 'Nej', unknown: 'Vet inte',
  },
  ownPurposes: { forbidden: 'Nej, avtalet förbjuder det', yes: 'Ja', unknown: 'Vet inte' },
  locations: {
    sweden: 'Sverige', eea: 'EU/EES', adequate: 'Land med adekvansbeslut', usa: 'USA', thirdCountry: 'Annat land utanför EU/EES',
    unknown: 'Vet inte',
  },
  mechanisms: {
    adequacy: 'Adekvansbeslut', dpf: 'EU–US Data Privacy Framework', scc: 'Standardavtalsklausuler', bcr: 'Bindande företagsbestämmelser',
    art49: 'Undantag enligt artikel 49', none: 'Inget', unknown: 'Vet inte',
  },
  login: {
    sso: 'Huvudmannens inloggning (SSO)', vendorSchoolEmail: 'Konto hos leverantören med skolans e-post',
    private: 'Privat e-post eller inloggning via sociala medier', none: 'Ingen inloggning',
  },
  strangers: { no: 'Nej', schoolOnly: 'Bara inom skolan', yes: 'Ja' },
  dpia: {
    own: 'Ja, en egen', reused: 'Ja, en återanvänd från sektorn eller plattformen', none: 'Nej', notNeeded: 'Behövs inte',
    unknown: 'Vet inte',
  },
  level: { principal: 'Rektor', administration: 'Förvaltningen eller huvudmannen' },
  verdict: { approve: 'Godkänns', approveWithConditions: 'Godkänns med villkor', reject: 'Avslås', refer: 'Överlämnas' },
} as const;
