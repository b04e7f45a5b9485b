// ******************************************************************
// * THIS IS A GENERATED FILE. DO NOT EDIT IT: edit openapi.yaml and *
// * run `yarn openapi:generate` at the repository root.            *
// ******************************************************************
/* eslint-disable */
/**
 * The types of the Tech Learning HTTP API, from its OpenAPI spec.
 *
 * @packageDocumentation
 */

/** @public */
export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness of the plugin. The only route that needs no credentials. */
    get: operations['GetHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/resources': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Lists the learning resources the caller may read, filtered, sorted and cursor-paginated. */
    get: operations['ListResources'];
    put?: never;
    /** Creates a learning resource. The caller must be able to change it afterwards (as its owner, an SME, or an admin), and may link it only to entities they may link material to. */
    post: operations['CreateResource'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/resources/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One learning resource. */
    get: operations['GetResource'];
    put?: never;
    post?: never;
    /** Deletes a resource with its links, sessions, enrolments and feedback. */
    delete: operations['DeleteResource'];
    options?: never;
    head?: never;
    /** Changes a resource: the given fields replace the current ones. Provider-owned resources change at their source (409). */
    patch: operations['UpdateResource'];
    trace?: never;
  };
  '/resources/{id}/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Links the resource to a catalog entity. Allowed to the resource's owners and SMEs, and to the entity's owners. Answers 201 for a new link, 200 when it existed, 202 when it is suggested to the entity's owners (made by someone else while `learning.links.ownerApproval` is on). */
    post: operations['AddLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/resources/{id}/links/{kind}/{namespace}/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Unlinks the resource from the entity (only the given relation, if one is given). */
    delete: operations['RemoveLink'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/resources/{id}/smes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Makes a catalog user an SME of the resource. Answers 201 when new, 200 when they were one. */
    post: operations['AddSme'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/resources/{id}/smes/{namespace}/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Removes the user from the SMEs of the resource. */
    delete: operations['RemoveSme'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/resources/{id}/enrolment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user's enrolment in the resource (404 when not enrolled). */
    get: operations['GetMyEnrolment'];
    /** Enrols the signed-in user or changes their progress. Idempotent. A seat in a session is taken under a lock, so sessions never overbook (409 when full). */
    put: operations['PutMyEnrolment'];
    post?: never;
    /** Unenrols the signed-in user, giving back their seat. */
    delete: operations['DeleteMyEnrolment'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/resources/{id}/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The average rating of the resource and its feedback, newest first. */
    get: operations['ListFeedback'];
    /** Rates the resource (1 to 5) with an optional comment, as the signed-in user. Idempotent; a second call replaces the first. */
    put: operations['PutMyFeedback'];
    post?: never;
    /** Withdraws the signed-in user's feedback. */
    delete: operations['DeleteMyFeedback'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/resources/{id}/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Scheduled sessions of a live course, with seats taken. */
    get: operations['ListSessions'];
    put?: never;
    /** Schedules a session of a live, bootcamp or workshop resource. */
    post: operations['CreateSession'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/resources/{id}/sessions/{sessionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Changes a session; it cannot shrink below the seats taken (409). */
    put: operations['UpdateSession'];
    post?: never;
    /** Cancels a session; its learners stay enrolled without a seat. */
    delete: operations['DeleteSession'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/embeds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Embeds the caller may see, filtered, by title or most recently changed first, a page at a time. */
    get: operations['ListEmbeds'];
    put?: never;
    /** Posts an embed for a group the caller belongs to. */
    post: operations['CreateEmbed'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/embeds/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One embed. */
    get: operations['GetEmbed'];
    put?: never;
    post?: never;
    /** Deletes an embed with its applications. */
    delete: operations['DeleteEmbed'];
    options?: never;
    head?: never;
    /** Changes an embed; never to fewer seats than are taken (409), and not once closed (409). */
    patch: operations['UpdateEmbed'];
    trace?: never;
  };
  '/embeds/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Closes an embed for good: no more applications or decisions. */
    post: operations['CloseEmbed'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/embeds/{id}/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The applications to an embed, newest first, for its hosts. */
    get: operations['ListEmbedApplications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/embeds/{id}/applications/{applicationId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Accepts or declines an application. Accepting takes a seat under a lock of the embed, so no number of concurrent decisions overbooks it (409 when none is left). */
    put: operations['DecideApplication'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/embeds/{id}/application': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user's application to the embed (404 when none). */
    get: operations['GetMyApplication'];
    /** Applies to an embed, once: again it changes the message of a pending application, or applies anew after withdrawing. */
    put: operations['ApplyToEmbed'];
    post?: never;
    /** Withdraws the signed-in user's application; an accepted one gives back its seat. */
    delete: operations['WithdrawApplication'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/resources/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Marks the resource reviewed now by the caller (its owners and SMEs, provider-owned material included): it is no longer due or possibly outdated; it stays broken while a ref it names is gone from the catalog. */
    post: operations['MarkResourceReviewed'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/review-queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Material the caller teaches (as an SME, or as its owner or a member of the owning group) that is due for review, possibly outdated or broken, by title. */
    get: operations['GetMyReviewQueue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sources': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The learning YAML files the backend reads and what is wrong with each: those an entity names, for its owners; all of them, for those granted learning.source.read. */
    get: operations['ListSources'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sources/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reads the learning YAML files again now, rather than at the next scheduled run (on whichever replica takes the task); for the owners of the entity given, or those granted learning.source.read. */
    post: operations['RefreshSources'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/recommendations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Material for the caller, best first, each with its reasons: what teaches what the caller's groups own, depend on and consume; what learners who took the caller's material also took (counted only where 5 or more did both); what the caller's groups learn. Never what the caller completed, enrolled in, dismissed or may not read. */
    get: operations['GetMyRecommendations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/dismissals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** "Not interested": the resource is never suggested to the caller again, until the dismissal is deleted. Idempotent. */
    put: operations['DismissRecommendation'];
    post?: never;
    /** Undoes a dismissal. Idempotent. */
    delete: operations['UndoDismissal'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/expertise': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's skills, derived from what their groups own and consume in the catalog, what they completed and what they are SME of; and whether they share them. */
    get: operations['GetMyExpertise'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['GetMySettings'];
    put: operations['PutMySettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/experts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who can teach an entity or a tag, ranked, with why: SMEs and owners of the material that teaches it, the owners of the entity (or of entities with the tag), and learners who completed that material if they chose to share it. Give entityRef or tag. */
    get: operations['ListExperts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/resources/{id}/related': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Material related to a resource, best first: what learners who took it also took (5 or more of them), the next step of the paths it is in, and material linked to the same entities. */
    get: operations['GetRelatedResources'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user's applications with their embeds, most recently changed first. */
    get: operations['GetMyApplications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/learning': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user's enrolments with their resources, most recently changed first. */
    get: operations['GetMyLearning'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/learners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the members of a group learn, in aggregate, withheld below minimumLearners learners. Only for Group entities (400 otherwise); 404 when the caller cannot see the group. */
    get: operations['GetGroupLearners'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Everything an entity page shows, in one request: the resources linked to the entity, and to its system, with their SMEs, docs, learner counts, ratings, freshness and the viewer's own enrolments. */
    get: operations['GetEntitySummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/resources/{id}/cohorts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Cohorts on a resource that have not finished, earliest start first. */
    get: operations['ListResourceCohorts'];
    put?: never;
    /** Starts a cohort on a self-paced resource or a learning path (not on live, bootcamp or workshop material, which has sessions). Its facilitator must be an SME of the material. */
    post: operations['CreateCohort'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cohorts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Cohorts the caller may see, that have not finished (or all, with status), earliest start first: on material linked to an entity, or those the caller is a member of. */
    get: operations['ListCohorts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cohorts/{cohortId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A cohort, with its schedule. */
    get: operations['GetCohort'];
    put?: never;
    post?: never;
    /** Cancels a cohort, with its members and its discussion. */
    delete: operations['DeleteCohort'];
    options?: never;
    head?: never;
    /** Changes a cohort; its capacity cannot go below its members (409). */
    patch: operations['UpdateCohort'];
    trace?: never;
  };
  '/cohorts/{cohortId}/membership': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Joins a cohort; its members then see the caller's name and progress on its material. 409 when every seat is taken or it has finished. Idempotent. */
    put: operations['JoinCohort'];
    post?: never;
    /** Leaves a cohort. Idempotent. */
    delete: operations['LeaveCohort'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cohorts/{cohortId}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The members of a cohort with their progress on its material: only for its members and facilitator (403 for others). */
    get: operations['ListCohortMembers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cohorts/{cohortId}/calendar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The cohort's schedule as an iCalendar file, one all-day event a week. */
    get: operations['GetCohortCalendar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/resources/{id}/sessions/{sessionId}/calendar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A session of a live course as an iCalendar file. */
    get: operations['GetSessionCalendar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/resources/{id}/discussion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The discussion of a resource, a page at a time. Hidden posts only for moderators. */
    get: operations['ListResourceDiscussion'];
    put?: never;
    /** Asks, answers or replies in the discussion of a resource. At most learning.discussions.postsPerMinute posts a minute per user (429 with Retry-After over it). */
    post: operations['PostResourceDiscussion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/resources/{id}/steps/{stepId}/discussion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The discussion of a step of a learning path, a page at a time. Hidden posts only for moderators. */
    get: operations['ListStepDiscussion'];
    put?: never;
    /** Asks, answers or replies in the discussion of a step of a learning path. At most learning.discussions.postsPerMinute posts a minute per user (429 with Retry-After over it). */
    post: operations['PostStepDiscussion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cohorts/{cohortId}/discussion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The discussion of a cohort, a page at a time. Hidden posts only for moderators. */
    get: operations['ListCohortDiscussion'];
    put?: never;
    /** Asks, answers or replies in the discussion of a cohort. At most learning.discussions.postsPerMinute posts a minute per user (429 with Retry-After over it). Only its members, facilitator and the material's moderators post in a cohort's discussion. */
    post: operations['PostCohortDiscussion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/posts/{postId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Deletes one's own post: its body is erased; a placeholder stays in the thread. */
    delete: operations['DeletePost'];
    options?: never;
    head?: never;
    /** Edits one's own post. */
    patch: operations['EditPost'];
    trace?: never;
  };
  '/posts/{postId}/hidden': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Hides a post from everyone but moderators, with a reason kept for the audit. */
    put: operations['HidePost'];
    post?: never;
    /** Shows a hidden post again. */
    delete: operations['UnhidePost'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/posts/{postId}/accepted': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Marks an answer accepted (another accepted answer of its question is no longer): it shows in the material's FAQ. */
    put: operations['AcceptAnswer'];
    post?: never;
    /** Takes an answer out of the FAQ. */
    delete: operations['UnacceptAnswer'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/resources/{id}/faq': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The accepted answers to questions asked on a resource, on it as a step of a path, or in its cohorts (and, for a path, on its steps); newest first, at most 100. */
    get: operations['GetResourceFaq'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/learning-with-you': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who is learning with the caller, in aggregate: for each resource given, how many people of the caller's nearest group are taking it now, withheld below minimumLearners. Resources the caller may not read are left out. */
    get: operations['GetLearningWithYou'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/link-suggestions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Pending suggested links of material the caller may read, newest first: those to one entity (as its Learning tab shows them, to everyone), of one resource, or with `reviewable` only those the caller may accept or dismiss. */
    get: operations['ListLinkSuggestions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/link-suggestions/{suggestionId}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** An owner of the entity accepts the suggested link: it becomes a link like any other, and other pending suggestions of the same link go. */
    post: operations['AcceptLinkSuggestion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/link-suggestions/{suggestionId}/dismiss': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** An owner of the entity dismisses the suggested link: it stays off the entity's page, and whoever suggested it may not suggest it again for `learning.links.resuggestAfterDays` (default 90). */
    post: operations['DismissLinkSuggestion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/{namespace}/{name}/records': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Exports the person's learning records as JSON: to the person themself, or to those with `learning.records.manage` (admins, by default). */
    get: operations['ExportUserRecords'];
    put?: never;
    post?: never;
    /** Erases the person's learning records, in one transaction that also corrects the figures of the resources, embeds and cohorts they counted in; their posts keep their place in threads, without body or author. To the person themself, or to those with `learning.records.manage`. */
    delete: operations['EraseUserRecords'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/insights/coverage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Which components and APIs have material that teaches them, per system, owner and lifecycle, and the learning debt: those without, most depended on first. For `learning.insights.read`. */
    get: operations['GetInsightsCoverage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/insights/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Material by freshness state per week, how long reviews wait once due, the SMEs' load and the lowest-rated material. For `learning.insights.read`. */
    get: operations['GetInsightsHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/insights/demand': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Enrolments and completions per week by format and kind, searches that found nothing and entity pages that had no material to show. Figures about people only where 5 or more. For `learning.insights.read`. */
    get: operations['GetInsightsDemand'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
/** @public */
export type webhooks = Record<string, never>;
/** @public */
export interface components {
  schemas: {
    LearningResourceKind: 'course' | 'toolkit' | 'path';
    LearningFormat:
      | 'live'
      | 'bootcamp'
      | 'workshop'
      | 'video'
      | 'podcast'
      | 'self-paced'
      | 'lab'
      | 'reading';
    LearningLevel: 'beginner' | 'intermediate' | 'advanced';
    LearningLinkRelation: 'teaches' | 'uses' | 'prerequisite-for';
    LearningUrl: {
      title?: string;
      url: string;
    };
    LearningDocRef: {
      entityRef: string;
      path?: string;
      title?: string;
    };
    LearningLink: {
      entityRef: string;
      relation: components['schemas']['LearningLinkRelation'];
    };
    LearningSource: {
      type: 'api' | 'provider';
      provider?: string;
      location?: string;
    };
    LearningResource: {
      id: string;
      kind: components['schemas']['LearningResourceKind'];
      title: string;
      summary: string;
      description?: string;
      format: components['schemas']['LearningFormat'];
      level: components['schemas']['LearningLevel'];
      durationMinutes?: number;
      language: string;
      tags: string[];
      urls: components['schemas']['LearningUrl'][];
      /** Full ref of the owning catalog Group or User. */
      owner: string;
      /** Full refs of the subject-matter experts (catalog Users). */
      smes: string[];
      docs: components['schemas']['LearningDocRef'][];
      links: components['schemas']['LearningLink'][];
      /** Ordered resource ids, for learning paths. */
      steps: string[];
      /** Format: date-time */
      reviewedAt?: string;
      /** Who last marked it reviewed in Backstage. */
      reviewedBy?: string;
      reviewIntervalDays?: number;
      freshness: components['schemas']['LearningFreshness'];
      stats: components['schemas']['LearningResourceStats'];
      source: components['schemas']['LearningSource'];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    /** A resource as an entity page lists it: everything but its description and its links to other entities. */
    LearningResourceSummary: {
      id: string;
      kind: components['schemas']['LearningResourceKind'];
      title: string;
      summary: string;
      format: components['schemas']['LearningFormat'];
      level: components['schemas']['LearningLevel'];
      durationMinutes?: number;
      language: string;
      tags: string[];
      urls: components['schemas']['LearningUrl'][];
      /** Full ref of the owning catalog Group or User. */
      owner: string;
      /** Full refs of the subject-matter experts (catalog Users). */
      smes: string[];
      docs: components['schemas']['LearningDocRef'][];
      /** Ordered resource ids, for learning paths. */
      steps: string[];
      /** Format: date-time */
      reviewedAt?: string;
      /** Who last marked it reviewed in Backstage. */
      reviewedBy?: string;
      reviewIntervalDays?: number;
      freshness: components['schemas']['LearningFreshness'];
      source: components['schemas']['LearningSource'];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    LearningResourcePage: {
      items: components['schemas']['LearningResource'][];
      totalCount: number;
      nextCursor?: string;
    };
    EntityLearningItem: {
      resource: components['schemas']['LearningResourceSummary'];
      relation: components['schemas']['LearningLinkRelation'];
      via: 'entity' | 'system';
      learners: number;
      completions: number;
      rating: components['schemas']['LearningRating'];
      myEnrolment?: components['schemas']['LearningEnrolment'];
    };
    EntityLearningSummary: {
      entityRef: string;
      systemRef?: string;
      items: components['schemas']['EntityLearningItem'][];
      smes: string[];
      docs: components['schemas']['LearningDocRef'][];
      /** Open embeds that work on the entity or on its system, by title; at most 20 of each. */
      embeds: components['schemas']['EntityLearningEmbed'][];
    };
    EntityLearningEmbed: {
      embed: components['schemas']['LearningEmbed'];
      via: 'entity' | 'system';
    };
    /** What the members of a group (its members in the catalog and those of its child groups) learn, in aggregate. So that nobody is singled out, the numbers are given only when at least minimumLearners members learn anything (withheld otherwise), and a resource is listed only when at least minimumLearners members learn it. */
    GroupLearners: {
      groupRef: string;
      memberCount: number;
      minimumLearners: number;
      withheld: boolean;
      /** Members with at least one enrolment. */
      learnerCount?: number;
      /** The members' enrolments, by state. */
      enrolments?: {
        enrolled: number;
        inProgress: number;
        completed: number;
      };
      /** The resources most members learn (at most 5, each with at least minimumLearners of them), among those the caller may read. */
      topResources?: {
        resource: components['schemas']['LearningResourceSummary'];
        learners: number;
        completions: number;
      }[];
    };
    LearningEnrolmentState: 'enrolled' | 'in-progress' | 'completed';
    /** How many components and APIs of a system, an owner or a lifecycle have material that teaches them. */
    LearningCoverageGroup: {
      /** The system's or owner's ref, or the lifecycle; empty for entities with none. */
      key: string;
      entities: number;
      covered: number;
      /** Of them, in production. */
      production: number;
      productionCovered: number;
      /** Covered entities weighted by lifecycle (production 3, deprecated 0, any other 1), as a share of 0 to 1; absent when every weight is 0. */
      weightedCoverage?: number;
    };
    /** A component or API that nothing teaches, with what depends on it and how often its page was opened in the last 30 days. */
    LearningDebtItem: {
      entityRef: string;
      title?: string;
      kind: string;
      type?: string;
      ownerRef?: string;
      systemRef?: string;
      lifecycle?: string;
      /** Entities that depend on it or consume it, as the catalog's relations say. */
      dependents: number;
      views: number;
    };
    LearningCoverage: {
      total: components['schemas']['LearningCoverageGroup'];
      bySystem: components['schemas']['LearningCoverageGroup'][];
      byOwner: components['schemas']['LearningCoverageGroup'][];
      byLifecycle: components['schemas']['LearningCoverageGroup'][];
      /** The learning debt: entities without material, most depended on first, then most viewed. */
      debt: {
        items: components['schemas']['LearningDebtItem'][];
        totalItems: number;
        nextCursor?: string;
      };
      /**
       * Format: date-time
       * When the catalog was last read for these figures.
       */
      catalogReadAt: string;
    };
    /** Material by freshness state at the end of a week (the current week: now). */
    LearningFreshnessWeek: {
      /** The week's Monday, YYYY-MM-DD. */
      week: string;
      fresh: number;
      due: number;
      possiblyOutdated: number;
      broken: number;
    };
    LearningSmeLoad: {
      userRef: string;
      /** Resources they are an SME of. */
      resources: number;
      /** Of those, due for review, possibly outdated or broken. */
      reviewsDue: number;
      /** Questions on those resources without an accepted answer. */
      openQuestions: number;
      /** Sessions of those resources in the last 90 days and to come. */
      sessions: number;
    };
    LearningLowRated: {
      resourceId: string;
      title: string;
      averageRating: number;
      ratings: number;
      comments: number;
    };
    LearningHealth: {
      /** Oldest week first; the last is the current week. */
      freshness: components['schemas']['LearningFreshnessWeek'][];
      /** How long reviews waited once due, over the reviews of the last 26 weeks, and the material waiting now. */
      reviewWaits: {
        reviews: number;
        medianDays?: number;
        p90Days?: number;
        waitingNow: number;
        longestWaitingDays?: number;
      };
      /** The 50 SMEs of the most material, most first. */
      smeLoad: components['schemas']['LearningSmeLoad'][];
      /** The 10 lowest-rated resources among those rated by 5 people or more. */
      lowestRated: components['schemas']['LearningLowRated'][];
    };
    /** Enrolments and completions of a week for one format and kind, each withheld (absent) when fewer than 5 people made them. */
    LearningDemandWeek: {
      /** The week's Monday, YYYY-MM-DD. */
      week: string;
      format: components['schemas']['LearningFormat'];
      kind: components['schemas']['LearningResourceKind'];
      enrolments?: number;
      completions?: number;
    };
    LearningSearchMiss: {
      query: string;
      /** Searches in the period, by 5 different people or more. */
      searches: number;
      /** YYYY-MM-DD. */
      lastSearched: string;
    };
    LearningEmptyPage: {
      entityRef: string;
      /** Views that had no material to show. */
      emptyViews: number;
      views: number;
    };
    LearningDemand: {
      weeks: number;
      /** Oldest week first; the last is the current week. */
      activity: components['schemas']['LearningDemandWeek'][];
      /** Searches that found nothing in the period, most asked first: a query shows only once 5 different people asked it. */
      searchMisses: components['schemas']['LearningSearchMiss'][];
      /** Entity pages opened in the period that had no material to show, most first (at most 50). */
      emptyPages: components['schemas']['LearningEmptyPage'][];
    };
    LearningFreshnessState: 'broken' | 'possibly-outdated' | 'due' | 'fresh';
    LearningFreshness: {
      state: components['schemas']['LearningFreshnessState'];
      /** Format: date-time */
      reviewDueAt?: string;
      /** Linked entities, SMEs or the owner no longer in the catalog (broken). */
      missing?: string[];
      /** Entities it teaches that changed since the last review (possibly outdated). */
      changed?: components['schemas']['LearningEntityChange'][];
    };
    LearningEntityChange: {
      entityRef: string;
      aspects: (
        | 'lifecycle'
        | 'owner'
        | 'definition'
        | 'dependencies'
        | 'spec'
      )[];
    };
    /** The fields of a resource that its author sets. Refs are full entity refs; the owner is a catalog Group or User, SMEs are Users, and every ref must name an entity the caller can see. */
    LearningResourceInput: {
      kind: components['schemas']['LearningResourceKind'];
      title: string;
      summary: string;
      /** Markdown. */
      description?: string;
      format: components['schemas']['LearningFormat'];
      level: components['schemas']['LearningLevel'];
      durationMinutes?: number;
      language?: string;
      tags?: string[];
      urls?: components['schemas']['LearningUrl'][];
      owner: string;
      smes?: string[];
      docs?: components['schemas']['LearningDocRef'][];
      links?: components['schemas']['LearningLink'][];
      /** Ordered resource ids, for paths. */
      steps?: string[];
      /** Format: date-time */
      reviewedAt?: string;
      reviewIntervalDays?: number;
    };
    /** A change to a resource: the given fields replace the current ones; null clears an optional one (description, duration, review date, review interval). Links change through their own routes. */
    LearningResourcePatch: {
      kind?: components['schemas']['LearningResourceKind'];
      title?: string;
      summary?: string;
      description?: string | null;
      format?: components['schemas']['LearningFormat'];
      level?: components['schemas']['LearningLevel'];
      durationMinutes?: number | null;
      language?: string;
      tags?: string[];
      urls?: components['schemas']['LearningUrl'][];
      owner?: string;
      smes?: string[];
      docs?: components['schemas']['LearningDocRef'][];
      steps?: string[];
      /** Format: date-time */
      reviewedAt?: string | null;
      reviewIntervalDays?: number | null;
    };
    SmeInput: {
      userRef: string;
    };
    /** How many people learn from a resource (enrolments in any state), how many completed it, and its ratings. */
    LearningResourceStats: {
      learners: number;
      completions: number;
      rating: components['schemas']['LearningRating'];
    };
    LearningRating: {
      average?: number;
      count: number;
    };
    LearningEnrolment: {
      resourceId: string;
      userRef: string;
      state: components['schemas']['LearningEnrolmentState'];
      progress: number;
      sessionId?: string;
      /** Format: date-time */
      enrolledAt: string;
      /** Format: date-time */
      startedAt?: string;
      /** Format: date-time */
      completedAt?: string;
      /** Format: date-time */
      updatedAt: string;
    };
    /** What a learner sets on their own enrolment. completed means progress 100 and the other way round; progress above 0 means at least in-progress. sessionId null gives a seat back. */
    LearningEnrolmentInput: {
      state?: components['schemas']['LearningEnrolmentState'];
      progress?: number;
      sessionId?: string | null;
    };
    MyLearningItem: {
      enrolment: components['schemas']['LearningEnrolment'];
      resource: components['schemas']['LearningResource'];
    };
    MyLearningPage: {
      items: components['schemas']['MyLearningItem'][];
      totalCount: number;
    };
    LearningFeedback: {
      resourceId: string;
      userRef: string;
      rating: number;
      comment?: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    LearningFeedbackInput: {
      rating: number;
      comment?: string;
    };
    LearningFeedbackPage: {
      rating: components['schemas']['LearningRating'];
      items: components['schemas']['LearningFeedback'][];
      totalCount: number;
    };
    LearningSession: {
      id: string;
      resourceId: string;
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endsAt: string;
      seats: number;
      seatsTaken: number;
      location?: string;
      url?: string;
    };
    LearningSessionInput: {
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endsAt: string;
      seats: number;
      location?: string;
      url?: string;
    };
    LearningSessionList: {
      items: components['schemas']['LearningSession'][];
    };
    LearningEmbedStatus: 'open' | 'filled' | 'closed';
    LearningApplicationState: 'pending' | 'accepted' | 'declined' | 'withdrawn';
    LearningEmbed: {
      id: string;
      title: string;
      summary: string;
      description?: string;
      host: string;
      links: components['schemas']['LearningLink'][];
      skillsWanted: string[];
      skillsTaught: string[];
      /** Format: date */
      startsOn?: string;
      durationWeeks: number;
      seats: number;
      seatsTaken: number;
      location?: string;
      remote: boolean;
      contact?: string;
      status: components['schemas']['LearningEmbedStatus'];
      source: components['schemas']['LearningSource'];
      createdBy?: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    LearningEmbedInput: {
      title: string;
      summary: string;
      description?: string;
      /** The hosting group, a full group ref. */
      host: string;
      links?: components['schemas']['LearningLink'][];
      skillsWanted?: string[];
      skillsTaught?: string[];
      /**
       * Format: date
       * The first day; absent when the start is flexible.
       */
      startsOn?: string;
      durationWeeks: number;
      seats: number;
      location?: string;
      remote?: boolean;
      contact?: string;
    };
    /** A change to an embed: the given fields replace the current ones; null clears an optional one. Its host does not change. */
    LearningEmbedPatch: {
      title?: string;
      summary?: string;
      description?: string | null;
      links?: components['schemas']['LearningLink'][];
      skillsWanted?: string[];
      skillsTaught?: string[];
      /** Format: date */
      startsOn?: string | null;
      durationWeeks?: number;
      seats?: number;
      location?: string | null;
      remote?: boolean;
      contact?: string | null;
    };
    LearningEmbedPage: {
      items: components['schemas']['LearningEmbed'][];
      totalCount: number;
      nextCursor?: string;
    };
    LearningEmbedApplication: {
      id: string;
      embedId: string;
      applicantRef: string;
      state: components['schemas']['LearningApplicationState'];
      message?: string;
      decidedBy?: string;
      /** Format: date-time */
      decidedAt?: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    LearningEmbedApplicationList: {
      items: components['schemas']['LearningEmbedApplication'][];
    };
    LearningApplicationInput: {
      message?: string;
    };
    LearningDecisionInput: {
      decision: 'accepted' | 'declined';
    };
    LearningDecision: {
      application: components['schemas']['LearningEmbedApplication'];
      embed: components['schemas']['LearningEmbed'];
    };
    /** A learning YAML file the backend reads, as it last found it. While it has errors, nothing it declares changes. */
    LearningYamlSource: {
      target: string;
      entityRef?: string;
      documentCount?: number;
      errors: string[];
      /** Format: date-time */
      checkedAt?: string;
      /** Format: date-time */
      changedAt?: string;
    };
    LearningYamlSourceList: {
      items: components['schemas']['LearningYamlSource'][];
    };
    MyApplicationList: {
      items: {
        embed: components['schemas']['LearningEmbed'];
        application: components['schemas']['LearningEmbedApplication'];
      }[];
    };
    LearningSuggestionReasonType:
      | 'owned'
      | 'dependency'
      | 'consumed-api'
      | 'provided-api'
      | 'system'
      | 'also-taken'
      | 'group'
      | 'next-step'
      | 'same-entity';
    /** Why a resource is suggested, in words and refs. Names only entities and resources the caller may see. */
    LearningSuggestionReason: {
      type: components['schemas']['LearningSuggestionReasonType'];
      /** The reason as a sentence: "Because your team owns ledger-service". */
      message: string;
      /** The entity the reason is about: the one owned, depended on or consumed, the system, or the group whose members learn it. */
      entityRef?: string;
      /** The entity your team owns that leads to entityRef. */
      viaEntityRef?: string;
      /** The resource taken with this one, or the path this is a step of. */
      resourceId?: string;
      resourceTitle?: string;
      /** How many distinct learners the reason counts (never fewer than 5): who took both resources, or the group's members who took it. */
      learners?: number;
    };
    LearningSuggestion: {
      resource: components['schemas']['LearningResourceSummary'];
      /** Higher is better; only comparable within one list. */
      score: number;
      reasons: components['schemas']['LearningSuggestionReason'][];
    };
    LearningSuggestionPage: {
      items: components['schemas']['LearningSuggestion'][];
      totalCount: number;
      nextCursor?: string;
      /** The caller has not enrolled in anything yet. */
      newcomer: boolean;
      /** The caller's groups in the catalog, as the reasons name them. */
      teams?: string[];
      /** For a newcomer: the learning path of their team's system, if there is one they may read. */
      onboarding?: components['schemas']['LearningSuggestion'];
    };
    LearningRelatedList: {
      items: components['schemas']['LearningSuggestion'][];
    };
    LearningExpertReasonType:
      | 'sme'
      | 'material-owner'
      | 'entity-owner'
      | 'learner';
    LearningExpertReason: {
      type: components['schemas']['LearningExpertReasonType'];
      message: string;
      resourceId?: string;
      resourceTitle?: string;
      entityRef?: string;
    };
    LearningExpert: {
      /** Full ref of a catalog User or Group. */
      ref: string;
      score: number;
      reasons: components['schemas']['LearningExpertReason'][];
    };
    LearningExpertList: {
      items: components['schemas']['LearningExpert'][];
    };
    LearningSkillSourceType:
      | 'owned-entity'
      | 'consumed-api'
      | 'completed'
      | 'sme';
    /** Something a person knows, derived from the catalog and the suite, never typed in: a tag, a type, an API type or an entity. */
    LearningSkill: {
      name: string;
      weight: number;
      sources: {
        type: components['schemas']['LearningSkillSourceType'];
        message: string;
        entityRef?: string;
        resourceId?: string;
      }[];
    };
    LearningExpertise: {
      userRef: string;
      /** Whether the user may be named, as a learner, among the people who can teach what they completed. Off until they turn it on. */
      shareExpertise: boolean;
      skills: components['schemas']['LearningSkill'][];
    };
    LearningUserSettings: {
      shareExpertise: boolean;
    };
    LearningCohortStatus: 'upcoming' | 'running' | 'finished';
    /** One week of a cohort's schedule: the step of a path, or a part of a self-paced resource, that the cohort takes that week. */
    LearningCohortWeek: {
      /** 0 for the first week. */
      index: number;
      title: string;
      /** The step's resource, for a learning path. */
      resourceId?: string;
      /** Format: date */
      startsOn: string;
      /**
       * Format: date
       * The week's last day.
       */
      endsOn: string;
    };
    LearningCohort: {
      id: string;
      resourceId: string;
      resourceTitle: string;
      resourceKind: components['schemas']['LearningResourceKind'];
      title?: string;
      /** Format: date */
      startsOn: string;
      /** One step of a path, or one part of a self-paced resource, a week. */
      weeks: number;
      capacity: number;
      memberCount: number;
      seatsLeft: number;
      /** Full ref of an SME of the material who facilitates. */
      facilitator?: string;
      createdBy: string;
      status: components['schemas']['LearningCohortStatus'];
      /** The index of this week in the schedule, while running. */
      currentWeek?: number;
      schedule: components['schemas']['LearningCohortWeek'][];
      isMember: boolean;
      /** Whether the caller may join (or leave) it. */
      mayJoin: boolean;
      /** Whether the caller may change or cancel it. */
      mayManage: boolean;
      /** Format: date-time */
      createdAt: string;
    };
    LearningCohortInput: {
      title?: string;
      /**
       * Format: date
       * Today or later.
       */
      startsOn: string;
      capacity: number;
      /** Weeks of a self-paced resource, one part each; a path has one week per step and takes no parts. */
      parts?: number;
      /** Full ref of an SME of the material. */
      facilitator?: string;
      /** Whether the creator joins it at once (default true). */
      join?: boolean;
    };
    LearningCohortPatch: {
      title?: string;
      /** Format: date */
      startsOn?: string;
      capacity?: number;
      facilitator?: string;
    };
    LearningCohortPage: {
      items: components['schemas']['LearningCohort'][];
      nextCursor?: string;
    };
    LearningCohortMember: {
      userRef: string;
      /** Format: date-time */
      joinedAt: string;
      /** Percent of the material done, from the member's enrolments. */
      progress: number;
      /** Steps of the path completed, or parts of the resource done as its progress says. */
      weeksDone: number;
    };
    LearningCohortMemberList: {
      items: components['schemas']['LearningCohortMember'][];
    };
    LearningPostKind: 'question' | 'answer' | 'reply';
    LearningPost: {
      id: string;
      kind: components['schemas']['LearningPostKind'];
      /** The question the post belongs to (its own id for a question). */
      questionId: string;
      /** The post an answer or reply answers. */
      parentId?: string;
      author: string;
      /** Markdown, rendered without raw HTML; empty once deleted. */
      body: string;
      /** Full refs of the SMEs the body mentions. */
      mentions: string[];
      /** An answer that a moderator accepted (it is in the FAQ). */
      accepted: boolean;
      /** On a question, its accepted answer. */
      acceptedAnswerId?: string;
      /** Deleted by its author; kept as a placeholder in the thread. */
      deleted: boolean;
      /** Set when a moderator hid the post; only moderators see hidden posts. */
      hidden?: {
        by: string;
        /** Format: date-time */
        at: string;
        reason: string;
      };
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      editedAt?: string;
    };
    LearningPostInput: {
      kind: components['schemas']['LearningPostKind'];
      body: string;
      /** The question an answer answers, or the post a reply replies to. */
      parentId?: string;
    };
    LearningPostEdit: {
      body: string;
    };
    LearningHideInput: {
      reason: string;
    };
    /** Posts of one discussion, newest question first, each question followed by its answers and replies, oldest first. */
    LearningDiscussionPage: {
      items: components['schemas']['LearningPost'][];
      nextCursor?: string;
      mayPost: boolean;
      mayModerate: boolean;
      /** Full refs of the SMEs a post here may mention, by their name after an at sign. */
      mentionable?: string[];
    };
    LearningFaqEntry: {
      question: components['schemas']['LearningPost'];
      answer: components['schemas']['LearningPost'];
      /** The path whose step it was asked on. */
      pathId?: string;
      /** The cohort whose discussion it was asked in. */
      cohortId?: string;
    };
    LearningFaqList: {
      items: components['schemas']['LearningFaqEntry'][];
    };
    /** Per resource, the caller's nearest group (their team first, then the groups it is part of) of which at least minimumLearners members are taking it now (enrolled and not completed); resources without one are left out. Counted by the suggestion model's task, from members' latest enrolments; never a name. */
    LearningWithYou: {
      minimumLearners: number;
      items: {
        resourceId: string;
        groupRef: string;
        groupName: string;
        taking: number;
      }[];
    };
    /** A link to an entity made by someone who is not among its owners, waiting for one of them to accept it (it then shows on the entity's page like any other) or dismiss it. */
    LearningLinkSuggestion: {
      id: string;
      resource: components['schemas']['LearningResourceSummary'];
      entityRef: string;
      relation: components['schemas']['LearningLinkRelation'];
      /** The full ref of the user who suggested it. */
      suggestedBy: string;
      /** Format: date-time */
      suggestedAt: string;
      /** Whether the caller may accept or dismiss it. */
      mayReview: boolean;
    };
    LearningLinkSuggestionPage: {
      items: components['schemas']['LearningLinkSuggestion'][];
      nextCursor?: string;
    };
    /** Everything the learning plugin keeps about one person's learning: what they took and how far they got, what they thought, the embeds they applied to, what they posted, the cohorts they joined, the suggestions they dismissed, their settings and the links they suggested. */
    LearningPersonRecords: {
      userRef: string;
      /** Format: date-time */
      exportedAt: string;
      /** Titles of the resources the records name, by id. */
      resources: {
        id: string;
        title: string;
      }[];
      enrolments: components['schemas']['LearningEnrolment'][];
      feedback: components['schemas']['LearningFeedback'][];
      applications: components['schemas']['LearningEmbedApplication'][];
      posts: {
        id: string;
        discussion: string;
        kind: components['schemas']['LearningPostKind'];
        body: string;
        deleted: boolean;
        /** Format: date-time */
        createdAt: string;
        /** Format: date-time */
        editedAt?: string;
      }[];
      cohorts: {
        cohortId: string;
        resourceId: string;
        /** Format: date-time */
        joinedAt: string;
      }[];
      dismissals: {
        resourceId: string;
        /** Format: date-time */
        dismissedAt: string;
      }[];
      settings?: components['schemas']['LearningUserSettings'];
      linkSuggestions: {
        resourceId: string;
        entityRef: string;
        relation: components['schemas']['LearningLinkRelation'];
        status: 'pending' | 'dismissed';
        /** Format: date-time */
        suggestedAt: string;
      }[];
    };
    /** How many records of each kind were erased. */
    LearningErasedRecords: {
      userRef: string;
      enrolments: number;
      feedback: number;
      applications: number;
      posts: number;
      cohorts: number;
      dismissals: number;
      settings: number;
      linkSuggestions: number;
    };
    /** What is wrong with one field of a request. */
    FieldProblem: {
      /** The field's path in the body, query or path parameters, dot separated: `title`, `tags.3`, `links.0.entityRef`. */
      field: string;
      in: 'body' | 'query' | 'path';
      message: string;
    };
    Error: {
      error: {
        name: string;
        message: string;
        /** Each problem that concerns one field of the request: on a 400 (`InputError`) from the spec's validation or the plugin's own rules, and on a 403 or 409 that a field caused (a host team the caller is not in, fewer seats than are taken); `message` joins them as `field: problem; ...`. */
        fields?: components['schemas']['FieldProblem'][];
      };
      request: {
        method: string;
        url: string;
      };
      response: {
        statusCode: number;
      };
    };
  };
  responses: {
    /** An error response from the backend. */
    ErrorResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json; charset=utf-8': components['schemas']['Error'];
      };
    };
  };
  parameters: {
    resourceId: string;
    entityKind: string;
    entityNamespace: string;
    entityName: string;
    embedId: string;
    applicationId: string;
    sessionId: string;
    limit: number;
    offset: number;
    cohortId: string;
    postId: string;
    stepId: string;
    /** Posts a page (default 100). */
    discussionLimit: number;
    suggestionId: string;
    cursor: string;
    /** How many weeks, the current one included (default 12). */
    insightsWeeks: number;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
/** @public */
export type $defs = Record<string, never>;
/** @public */
export interface operations {
  GetHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The plugin is up. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            status: 'ok';
          };
        };
      };
    };
  };
  ListResources: {
    parameters: {
      query?: {
        kind?: components['schemas']['LearningResourceKind'];
        format?: components['schemas']['LearningFormat'];
        level?: components['schemas']['LearningLevel'];
        tag?: string;
        /** Only resources linked to this entity (a full entity ref). */
        entityRef?: string;
        /** Only paths with a step that is linked to this entity (a full entity ref). */
        stepEntityRef?: string;
        /** Only resources owned by this group or user (a full entity ref). */
        owner?: string;
        /** Only resources with this SME (a full user ref). */
        sme?: string;
        freshness?: components['schemas']['LearningFreshnessState'];
        /** Full-text search over title, tags, summary and description (weighted in that order), stemmed. All words must match; `"a phrase"` matches words in order, `-word` excludes, `or` between two terms accepts either; the last word also matches as a prefix. Common words and punctuation are ignored: a query of nothing else filters nothing. A first page that finds nothing for a user's query is counted, by query text and day, for the program's insights. */
        q?: string;
        /** The order: by title, most recently changed first, or best match of `q` first. The default is `relevance` with `q` and `title` without; `relevance` without words to match is by title. */
        sort?: 'title' | 'updated' | 'relevance';
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** A page of resources. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningResourcePage'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  CreateResource: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LearningResourceInput'];
      };
    };
    responses: {
      /** The created resource. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningResource'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetResource: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['resourceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The resource. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningResource'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  DeleteResource: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['resourceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  UpdateResource: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['resourceId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LearningResourcePatch'];
      };
    };
    responses: {
      /** The changed resource. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningResource'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  AddLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['resourceId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LearningLink'];
      };
    };
    responses: {
      /** The link existed; the resource. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningResource'];
        };
      };
      /** Linked; the resource. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningResource'];
        };
      };
      /** Suggested: the caller is not among the entity's owners and `learning.links.ownerApproval` is on, so the link waits for one of them. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningLinkSuggestion'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  RemoveLink: {
    parameters: {
      query?: {
        relation?: components['schemas']['LearningLinkRelation'];
      };
      header?: never;
      path: {
        id: components['parameters']['resourceId'];
        kind: components['parameters']['entityKind'];
        namespace: components['parameters']['entityNamespace'];
        name: components['parameters']['entityName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Unlinked. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  AddSme: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['resourceId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SmeInput'];
      };
    };
    responses: {
      /** Was an SME already; the resource. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningResource'];
        };
      };
      /** Added; the resource. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningResource'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  RemoveSme: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['resourceId'];
        namespace: components['parameters']['entityNamespace'];
        name: components['parameters']['entityName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Removed. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetMyEnrolment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['resourceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The enrolment. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningEnrolment'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  PutMyEnrolment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['resourceId'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['LearningEnrolmentInput'];
      };
    };
    responses: {
      /** The enrolment, changed or as it was. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningEnrolment'];
        };
      };
      /** Enrolled. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningEnrolment'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  DeleteMyEnrolment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['resourceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Unenrolled. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  ListFeedback: {
    parameters: {
      query?: {
        limit?: components['parameters']['limit'];
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path: {
        id: components['parameters']['resourceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Rating and feedback. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningFeedbackPage'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  PutMyFeedback: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['resourceId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LearningFeedbackInput'];
      };
    };
    responses: {
      /** The feedback. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningFeedback'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  DeleteMyFeedback: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['resourceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Withdrawn. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  ListSessions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['resourceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The sessions, earliest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningSessionList'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  CreateSession: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['resourceId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LearningSessionInput'];
      };
    };
    responses: {
      /** The session. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningSession'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  UpdateSession: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['resourceId'];
        sessionId: components['parameters']['sessionId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LearningSessionInput'];
      };
    };
    responses: {
      /** The session. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningSession'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  DeleteSession: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['resourceId'];
        sessionId: components['parameters']['sessionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Cancelled. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  ListEmbeds: {
    parameters: {
      query?: {
        /** Only embeds hosted by this group (a full group ref). */
        host?: string;
        /** Only embeds that work on this entity (a full entity ref). */
        entityRef?: string;
        /** Only embeds that want or teach this skill, in any case. */
        skill?: string;
        status?: components['schemas']['LearningEmbedStatus'];
        /** Only embeds starting on or after this day (flexible ones too). */
        startsFrom?: string;
        /** Only embeds starting on or before this day (flexible ones too). */
        startsTo?: string;
        sort?: 'title' | 'updated';
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** A page of embeds. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningEmbedPage'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  CreateEmbed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LearningEmbedInput'];
      };
    };
    responses: {
      /** The embed. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningEmbed'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetEmbed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['embedId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The embed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningEmbed'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  DeleteEmbed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['embedId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  UpdateEmbed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['embedId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LearningEmbedPatch'];
      };
    };
    responses: {
      /** The changed embed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningEmbed'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  CloseEmbed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['embedId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The closed embed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningEmbed'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  ListEmbedApplications: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['embedId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The applications. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningEmbedApplicationList'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  DecideApplication: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['embedId'];
        applicationId: components['parameters']['applicationId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LearningDecisionInput'];
      };
    };
    responses: {
      /** The application and the embed after the decision. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningDecision'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetMyApplication: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['embedId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The application. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningEmbedApplication'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  ApplyToEmbed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['embedId'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['LearningApplicationInput'];
      };
    };
    responses: {
      /** The application, changed or as it was. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningEmbedApplication'];
        };
      };
      /** Applied. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningEmbedApplication'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  WithdrawApplication: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['embedId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The withdrawn application. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningEmbedApplication'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  MarkResourceReviewed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['resourceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The resource as reviewed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningResource'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetMyReviewQueue: {
    parameters: {
      query?: {
        freshness?: components['schemas']['LearningFreshnessState'];
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** A page of resources. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningResourcePage'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  ListSources: {
    parameters: {
      query?: {
        /** Only the files this entity names (a full entity ref). */
        entityRef?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The files, by URL. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningYamlSourceList'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  RefreshSources: {
    parameters: {
      query?: {
        /** The entity whose files the caller wants read (a full entity ref). */
        entityRef?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The run is asked for. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetMyRecommendations: {
    parameters: {
      query?: {
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** A page of suggestions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningSuggestionPage'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  DismissRecommendation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['resourceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Dismissed. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  UndoDismissal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['resourceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Suggested again when it ranks. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetMyExpertise: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The caller's expertise. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningExpertise'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetMySettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The caller's settings. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningUserSettings'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  PutMySettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LearningUserSettings'];
      };
    };
    responses: {
      /** The caller's settings. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningUserSettings'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  ListExperts: {
    parameters: {
      query?: {
        entityRef?: string;
        tag?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The people, best first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningExpertList'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetRelatedResources: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path: {
        id: components['parameters']['resourceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Related material. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningRelatedList'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetMyApplications: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** My applications. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyApplicationList'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetMyLearning: {
    parameters: {
      query?: {
        state?: components['schemas']['LearningEnrolmentState'];
        limit?: components['parameters']['limit'];
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** My learning. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyLearningPage'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetGroupLearners: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kind: components['parameters']['entityKind'];
        namespace: components['parameters']['entityNamespace'];
        name: components['parameters']['entityName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The group's learners, in aggregate. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GroupLearners'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetEntitySummary: {
    parameters: {
      query?: {
        /** The request is a page view: counted per entity and day for the program's insights, with whether it had material to show (who viewed is not kept). */
        view?: boolean;
      };
      header?: never;
      path: {
        kind: components['parameters']['entityKind'];
        namespace: components['parameters']['entityNamespace'];
        name: components['parameters']['entityName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The entity's learning summary. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntityLearningSummary'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  ListResourceCohorts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['resourceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The cohorts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningCohortPage'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  CreateCohort: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['resourceId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LearningCohortInput'];
      };
    };
    responses: {
      /** The cohort. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningCohort'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  ListCohorts: {
    parameters: {
      query?: {
        /** Only cohorts on material linked to this entity (a full ref). */
        entityRef?: string;
        /** Only cohorts the caller is a member or the facilitator of. */
        mine?: boolean;
        status?: components['schemas']['LearningCohortStatus'];
        limit?: components['parameters']['limit'];
        cursor?: components['parameters']['cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The cohorts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningCohortPage'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetCohort: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cohortId: components['parameters']['cohortId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The cohort. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningCohort'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  DeleteCohort: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cohortId: components['parameters']['cohortId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Cancelled. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  UpdateCohort: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cohortId: components['parameters']['cohortId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LearningCohortPatch'];
      };
    };
    responses: {
      /** The cohort. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningCohort'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  JoinCohort: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cohortId: components['parameters']['cohortId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The cohort. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningCohort'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  LeaveCohort: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cohortId: components['parameters']['cohortId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Left. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  ListCohortMembers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cohortId: components['parameters']['cohortId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The members, earliest joined first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningCohortMemberList'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetCohortCalendar: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cohortId: components['parameters']['cohortId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The calendar. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetSessionCalendar: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['resourceId'];
        sessionId: components['parameters']['sessionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The calendar. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  ListResourceDiscussion: {
    parameters: {
      query?: {
        /** Posts a page (default 100). */
        limit?: components['parameters']['discussionLimit'];
        cursor?: components['parameters']['cursor'];
      };
      header?: never;
      path: {
        id: components['parameters']['resourceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** A page of posts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningDiscussionPage'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  PostResourceDiscussion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['resourceId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LearningPostInput'];
      };
    };
    responses: {
      /** The post. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningPost'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  ListStepDiscussion: {
    parameters: {
      query?: {
        /** Posts a page (default 100). */
        limit?: components['parameters']['discussionLimit'];
        cursor?: components['parameters']['cursor'];
      };
      header?: never;
      path: {
        id: components['parameters']['resourceId'];
        stepId: components['parameters']['stepId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** A page of posts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningDiscussionPage'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  PostStepDiscussion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['resourceId'];
        stepId: components['parameters']['stepId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LearningPostInput'];
      };
    };
    responses: {
      /** The post. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningPost'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  ListCohortDiscussion: {
    parameters: {
      query?: {
        /** Posts a page (default 100). */
        limit?: components['parameters']['discussionLimit'];
        cursor?: components['parameters']['cursor'];
      };
      header?: never;
      path: {
        cohortId: components['parameters']['cohortId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** A page of posts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningDiscussionPage'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  PostCohortDiscussion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cohortId: components['parameters']['cohortId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LearningPostInput'];
      };
    };
    responses: {
      /** The post. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningPost'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  DeletePost: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        postId: components['parameters']['postId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  EditPost: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        postId: components['parameters']['postId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LearningPostEdit'];
      };
    };
    responses: {
      /** The post. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningPost'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  HidePost: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        postId: components['parameters']['postId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LearningHideInput'];
      };
    };
    responses: {
      /** The post. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningPost'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  UnhidePost: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        postId: components['parameters']['postId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The post. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningPost'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  AcceptAnswer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        postId: components['parameters']['postId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The answer. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningPost'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  UnacceptAnswer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        postId: components['parameters']['postId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The answer. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningPost'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetResourceFaq: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['resourceId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The FAQ. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningFaqList'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetLearningWithYou: {
    parameters: {
      query: {
        /** Comma-separated resource ids, at most 50. */
        resourceIds: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The groups, by resource. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningWithYou'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  ListLinkSuggestions: {
    parameters: {
      query?: {
        entityRef?: string;
        resourceId?: string;
        reviewable?: boolean;
        limit?: components['parameters']['limit'];
        cursor?: components['parameters']['cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The suggestions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningLinkSuggestionPage'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  AcceptLinkSuggestion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        suggestionId: components['parameters']['suggestionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Linked; the resource. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningResource'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  DismissLinkSuggestion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        suggestionId: components['parameters']['suggestionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Dismissed. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  ExportUserRecords: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        namespace: components['parameters']['entityNamespace'];
        name: components['parameters']['entityName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The records. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningPersonRecords'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  EraseUserRecords: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        namespace: components['parameters']['entityNamespace'];
        name: components['parameters']['entityName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** What was erased. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningErasedRecords'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetInsightsCoverage: {
    parameters: {
      query?: {
        owner?: string;
        system?: string;
        kind?: 'component' | 'api';
        lifecycle?: string;
        limit?: components['parameters']['limit'];
        cursor?: components['parameters']['cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The coverage. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningCoverage'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetInsightsHealth: {
    parameters: {
      query?: {
        /** How many weeks, the current one included (default 12). */
        weeks?: components['parameters']['insightsWeeks'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The health of the material. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningHealth'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetInsightsDemand: {
    parameters: {
      query?: {
        /** How many weeks, the current one included (default 12). */
        weeks?: components['parameters']['insightsWeeks'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The demand. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningDemand'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
}
