// The texts of <folja-proposals-section>, Swedish first, English second.

export const SECTION_MESSAGES = {
  sv: {
    heading: 'Föreslagna inskrivningar',
    lead: 'Följa föreslår brukare att skriva in i en uppföljning utifrån deras beviljade insatser. Välj enhet och uppföljningsmall för att se förslagen.',
    loading: 'Hämtar aktiverade uppföljningsmallar …',
    nothingEnabled: 'Ingen uppföljningsmall är aktiverad för dina enheter i dag, så det finns inga förslag.',
    pair: 'Enhet och uppföljningsmall',
    pairHint: 'Mallarna som är aktiverade för dina enheter i dag.',
    choosePair: 'Välj enhet och mall',
    pairOption: ({ unitLabel, templateTitle, version }) => `${unitLabel}: ${templateTitle} (version ${version})`,
    show: 'Visa förslag',
    noPair: 'Välj en enhet och uppföljningsmall.',
    error: 'Fel:',
  },
  en: {
    heading: 'Proposed enrolments',
    lead: 'Följa proposes clients to enrol in a follow-up by their granted interventions. Choose a unit and follow-up template to see the proposals.',
    loading: 'Loading the enabled follow-up templates …',
    nothingEnabled: 'No follow-up template is enabled for your units today, so there are no proposals.',
    pair: 'Unit and follow-up template',
    pairHint: 'The templates enabled for your units today.',
    choosePair: 'Choose a unit and template',
    pairOption: ({ unitLabel, templateTitle, version }) => `${unitLabel}: ${templateTitle} (version ${version})`,
    show: 'Show proposals',
    noPair: 'Choose a unit and follow-up template.',
    error: 'Error:',
  },
};
