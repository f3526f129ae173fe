export * from './policy.js';
export * from './planner.js';
export { applyActions, applyContacts } from './apply.js';
export { deadlineDaysFor, noticeJurisdictionOf } from './notice-rules.js';
export { levelsToJson, parsePolicy, type DunningLevelJson, type PolicyParse } from './policy-json.js';
export { triggerFloors, type TriggerFloor } from './trigger-floor.js';
