// Entry point for the worker's workflow bundle: every workflow type the product runs.
export { journeyWorkflow } from './journey/journey-workflow';
export { familyWorkflow } from './family/family-workflow';
