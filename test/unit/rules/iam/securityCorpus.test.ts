// Issue #12.8: the security checks must not fire on AWS's own managed policies (all of them, about 1,600, as
// `get-policy-version` output, with the action catalog) unless Access Analyzer or the reference rule would fire
// too. Every hit is listed here with the reason it is expected; anything else fails the test.

import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { analyzeDocument, parseDocument, type Finding } from '../../../../server/src/analysis';
import type { Catalog } from '../../../../server/src/analysis/iam/catalog';
import { grantsNothing } from '../../../../server/src/analysis/rules/iam/grantsNothing';
import { privilegeEscalation } from '../../../../server/src/analysis/rules/iam/privilegeEscalation';
import { publicAccess } from '../../../../server/src/analysis/rules/iam/publicAccess';
import { resourceStar } from '../../../../server/src/analysis/rules/iam/resourceStar';
import { serviceWildcard } from '../../../../server/src/analysis/rules/iam/serviceWildcard';
import { setOperator } from '../../../../server/src/analysis/rules/iam/setOperator';
import { unknownRegion } from '../../../../server/src/analysis/rules/iam/unknownRegion';
import { testCatalog } from '../../iam/catalogFixture';
import { awsManagedPolicies } from '../../iam/awsManagedPolicies';

let catalog: Catalog;
let hits: { policy: string; finding: Finding; text: string }[];
before(async () => {
  catalog = await testCatalog();
  const rules = [grantsNothing, publicAccess, serviceWildcard, resourceStar, privilegeEscalation, setOperator, unknownRegion];
  hits = [];
  for (const policy of awsManagedPolicies()) {
    for (const finding of analyzeDocument(parseDocument(policy.text), { rules, catalog })) {
      hits.push({ policy: policy.name, finding, text: policy.text.slice(finding.span.offset, finding.span.offset + finding.span.length) });
    }
  }
});

const of = (rule: string, severity?: string): typeof hits => hits.filter((h) => h.finding.rule === rule && (!severity || h.finding.severity === severity));

test('AWS managed policies: the corpus is whole', () => {
  assert.ok(awsManagedPolicies().length >= 1500, `${awsManagedPolicies().length} policies`);
});

test('AWS managed policies: none is public (they are identity policies), no Region is wrong', () => {
  assert.deepEqual([...of('iam/public-access'), ...of('iam/unknown-region')].map((h) => `${h.policy}: ${h.finding.message}`), []);
});

test('AWS managed policies: statements that match nothing are only those whose every action the data lacks', () => {
  // No statement has NotResource or NotAction "*". Three statements name only actions that the Service Authorization
  // Reference data does not list (CloudHSM Classic's retired API, a MemoryDB replication action, a new security agent
  // service's actions); iam/unknown-action already warns on each of their entries, and this is the statement's summary.
  assert.deepEqual(of('iam/grants-nothing').map((h) => `${h.policy} ${h.text}`).sort(), [
    'MemoryDBServiceRolePolicy "Action"', 'RDSCloudHsmAuthorizationRole "Action"', 'SecurityAgentWebAppAPIPolicy "Action"',
  ]);
  assert.ok(of('iam/grants-nothing').every((h) => h.finding.message.includes('none of its actions exists')));
});

test('AWS managed policies: privilege escalation only where parliament\'s PRIVILEGE_ESCALATION auditor fires too', () => {
  // parliament's auditor checks the same Rhino Security Labs sets and ignores resources and conditions, so it
  // reports every policy below (and more). Each grants, on "*", the actions of the method named.
  const expected: Record<string, string> = {
    AIDevOpsAgentActionsPolicy: 'NotAction leaves lambda:UpdateFunctionCode',
    AWSGlueConsoleFullAccess: 'glue:* includes glue:UpdateDevEndpoint',
    AWSGlueConsoleSageMakerNotebookFullAccess: 'glue:*',
    AWSGlueServiceNotebookRole: 'glue:UpdateDevEndpoint by name',
    AWSGlueServiceRole: 'glue:*',
    AWSLambda_FullAccess: 'lambda:* includes lambda:UpdateFunctionCode',
    'AdministratorAccess-Amplify': 'iam:CreatePolicyVersion',
    AmazonDynamoDBFullAccesswithDataPipeline: 'iam:PassRole + ec2:RunInstances',
    AmazonElasticMapReduceFullAccess: 'iam:PassRole + ec2:RunInstances',
    AmazonElasticMapReduceRole: 'iam:PassRole + ec2:RunInstances',
    AwsGlueSessionUserRestrictedNotebookServiceRole: 'glue:*',
    AwsGlueSessionUserRestrictedServiceRole: 'glue:*',
    DataScientist: 'lambda:Update* includes lambda:UpdateFunctionCode',
    IAMFullAccess: 'iam:* includes every IAM method',
    PowerUserAccess: 'NotAction iam:*, organizations:*, account:* leaves lambda:UpdateFunctionCode',
    SageMakerStudioAdminIAMDefaultExecutionPolicy: 'glue:*',
    SageMakerStudioAdminIAMPermissiveExecutionPolicy: 'glue:*',
    SageMakerStudioUserIAMDefaultExecutionPolicy: 'glue:*',
    SageMakerStudioUserIAMPermissiveExecutionPolicy: 'glue:*',
    SystemAdministrator: 'lambda:Update*',
  };
  assert.deepEqual(of('iam/privilege-escalation').map((h) => h.policy).sort(), Object.keys(expected).sort());
});

test('AWS managed policies: a whole service on "*" only where parliament\'s RESOURCE_STAR fires too', () => {
  const found = of('iam/service-wildcard');
  // parliament reports RESOURCE_STAR for "service:*" on "*" when the service has an action that takes resource ARNs.
  for (const h of found) {
    const service = catalog.service(JSON.parse(h.text).split(':')[0]);
    assert.ok(service?.actions.some((a) => a.resourceTypes.length > 0), `${h.policy}: ${h.text}`);
  }
  // 441 entries in 260 policies (cloudwatch:*, logs:*, s3:*, …) with the pinned corpus and catalog.
  assert.equal(found.length, 441);
  assert.equal(new Set(found.map((h) => h.policy)).size, 260);
});

test('AWS managed policies: RESOURCE_STAR is information only', () => {
  const found = of('iam/resource-star');
  assert.ok(found.every((h) => h.finding.severity === 'info' && h.text === '"*"'));
  // One per statement with write actions: 707 statements with the pinned corpus and catalog.
  assert.equal(found.length, 707);
});

test('AWS managed policies: set qualifiers warn only where Access Analyzer does', () => {
  // codestar-connections:ProviderAction is typed String in the Service Authorization Reference, so Access Analyzer
  // gives FORALLVALUES_WITH_SINGLE_VALUED_KEY on these two; the rest of this rule's hits are information.
  assert.deepEqual(of('iam/set-operator', 'warning').map((h) => h.policy).sort(), ['AmazonCodeGuruReviewerFullAccess', 'AmazonCodeGuruReviewerServiceRolePolicy']);
  assert.ok(of('iam/set-operator').every((h) => h.finding.severity !== 'error'));
});
