// Generated from the API's OpenAPI document by `npm run web:api-types`; do not edit.

export interface paths {
    "/api/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The assessments the caller may see (a host unit: its cadres’; a certifier: the investment cadres it certifies), newest round first */
        get: operations["AssessmentsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One assessment with its computed score and the explanation of every number */
        get: operations["AssessmentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/{id}/acknowledgement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The cadre acknowledges (签字确认) a finalized result, with an optional statement */
        post: operations["AcknowledgementsController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/{id}/ballot-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The democratic evaluations of an assessment, newest first, each with its tally (the codes are shown only when created) */
        get: operations["BallotsController_sessionsOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/{id}/calibration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** During calibration: a veto, 不定等次, or a grade by hand, each with its reason */
        put: operations["AssessmentsController_calibrate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/{id}/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** A certifier issues (or, with its version, revises) its certificate: results, appraisal, rating */
        put: operations["CertificatesController_issue"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/{id}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The certificates of an investment cadre (a certifier sees its own) */
        get: operations["CertificatesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/{id}/flow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The steps this assessment needs, each done or waiting on whom, with what is missing */
        get: operations["AssessmentsController_flow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The prior results of a reopened assessment, oldest first */
        get: operations["AssessmentsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/{id}/host-unit-evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The host unit’s score (3.2) and written opinion for one of its own cadres */
        put: operations["AssessmentsController_evaluate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/{id}/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InterviewsController_list"];
        put?: never;
        /** Record a service-recipient interview of an SOE cadre (organization and role of the interviewee, never their id) */
        post: operations["InterviewsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Object to a result in publicity (异议), with the reason; any signed-in user */
        post: operations["PublicityController_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/{id}/refinalize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finalize a reopened assessment again: the proposed grade, or one by hand with a reason, within the quota */
        post: operations["AssessmentsController_refinalize"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A leader reopens a finalized result, with the reason; the old result is kept as a prior version */
        post: operations["AssessmentsController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/{id}/review-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The cadre asks for a review (复核) of a finalized result, within the window */
        post: operations["AcknowledgementsController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/{id}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Enter the organization department’s sub-item scores, with comments */
        put: operations["AssessmentsController_enterScores"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit events, newest first, with filters */
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-log/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute the hash chain and report the first broken event */
        get: operations["AuditController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with username and password */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session: its access and refresh tokens stop working */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change one's own password; other sessions end */
        post: operations["AuthController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a refresh token for a new pair; each refresh token works once */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ballot-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a democratic evaluation for an assessment and get its one-time codes (shown once) */
        post: operations["BallotsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ballot-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The session and its tally (民主测评统计) */
        get: operations["BallotsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ballot-sessions/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the evaluation: its tally feeds 3.1 if participation reached the round’s minimum */
        post: operations["BallotsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cast one anonymous ballot with a one-time code (no account) */
        post: operations["BallotsController_cast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BatchesController_list"];
        put?: never;
        post: operations["BatchesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BatchesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["BatchesController_update"];
        trace?: never;
    };
    "/api/batches/{id}/roster.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The batch roster in the import template’s layout (PII masked unless the caller may see it) */
        get: operations["BatchesController_roster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadres": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cadres the caller may see; `q` searches name, unit and post in one request */
        get: operations["CadresController_list"];
        put?: never;
        post: operations["CadresController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadres/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CadresController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["CadresController_update"];
        trace?: never;
    };
    "/api/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find dossiers by name, unit, category, batch or grade (a host unit: its own cadres; a cadre: their own) */
        get: operations["DossiersController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{cadreId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One-click lookup (一键查询): profile, secondments, results, dossier entries, appraisals, materials, incentives and talent pool, in one response */
        get: operations["DossiersController_lookup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{cadreId}/dossier.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dossier as a workbook: profile and secondments, the scores of every round, the appraisals */
        get: operations["DossiersController_dossierWorkbook"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{cadreId}/materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a material to a dossier (PDF, JPG, PNG, DOCX, XLSX, recognized by content; at most 20 MB) */
        post: operations["DossiersController_attach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{cadreId}/materials/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download one material */
        get: operations["DossiersController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database reachability */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public holidays: not working days of a publicity period */
        get: operations["PublicityController_holidays"];
        put: operations["PublicityController_addHoliday"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a roster (.xlsx, at most 5 MB) into a batch: every row or none
         * @description Creates the cadres (or reuses a registered one with the same national id and name) and their secondments. Any error: 422 with every error by row and column, and nothing stored.
         */
        post: operations["ImportsController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/roster/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The roster template: Chinese headers, drop-down lists, a guide with an example row */
        get: operations["ImportsController_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incentives/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm (as proposed or amended) or reject a proposed incentive, with a note */
        post: operations["IncentivesController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incentives/{id}/exemplar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Flag the cadre of a confirmed incentive as an exemplar (示范标杆), with the citation, or unflag */
        put: operations["IncentivesController_exemplar"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mutual-evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a centralized mutual evaluation (集中互评) for a group of a round */
        post: operations["MutualEvaluationsController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mutual-evaluations/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the evaluation: its ratings then feed 3.1 */
        post: operations["MutualEvaluationsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mutual-evaluations/{id}/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A cadre of the group rates one colleague, once; never themselves */
        post: operations["MutualEvaluationsController_rate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mutual-evaluations/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The open mutual evaluations of my groups: the colleagues to rate, and whom I have rated */
        get: operations["MutualEvaluationsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cadre’s own finalized results, acknowledgements and reviews */
        get: operations["AcknowledgementsController_myResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/objections/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve an objection: UPHELD sends the round back to calibration; DISMISSED keeps it, with the reason */
        post: operations["PublicityController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Performance entries the caller may see, with their evidence (no bytes) */
        get: operations["PerformanceController_list"];
        put?: never;
        /** A cadre reports an achievement of a quarter */
        post: operations["PerformanceController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance-entries/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach evidence (PDF, JPG, PNG, DOCX, XLSX, recognized by content; at most 20 MB) */
        post: operations["PerformanceController_attach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance-entries/{id}/evidence/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download one evidence file */
        get: operations["PerformanceController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/performance-entries/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Org staff mark an entry reviewed */
        post: operations["PerformanceController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review-requests/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A leader decides a review; the outcome sits beside the original result */
        post: operations["AcknowledgementsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RoundsController_list"];
        put?: never;
        /** Create a round for a batch, freezing a published rubric version */
        post: operations["RoundsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RoundsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A leader approves the submitted results */
        post: operations["RoundsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The round’s assessments the caller may see (a host unit: its own cadres) */
        get: operations["RoundsController_assessmentsOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/ballots.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 民主测评统计表: per cadre, expected voters, ballots cast, participation, counts and shares per grade, invalid ballots, converted score */
        get: operations["ReportsController_ballots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/calibration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The calibration board: ranked totals, proposed grades with reasons, the quota line and ties */
        get: operations["RoundsController_calibration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/certifiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The certifying bodies (市专班, 区商务局) of the round’s investment cadres */
        put: operations["CertificatesController_setCertifiers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/details.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评分明细表: per cadre per sub-item, the score, its source, who entered it and when (a host unit: its own cadres) */
        get: operations["ReportsController_details"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/distribution.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 等次分布表: grades by category and by host unit, the Excellent quota and its use, and a table for charts */
        get: operations["ReportsController_distribution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/finalize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lock every score, input and grade of the round, once the publicity period is over */
        post: operations["RoundsController_finalize"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/incentives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The incentives (待遇落实) proposed for the Excellent of a finalized round, by rank */
        get: operations["IncentivesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/incentives.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 激励落实表: the incentives of a finalized round, as proposed and as decided */
        get: operations["ReportsController_incentives"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/mutual-evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The groups of a round scored by mutual evaluation, each with its evaluation once opened and how many have rated, in counts only (leaders read it too) */
        get: operations["MutualEvaluationsController_groups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicityController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open: one assessment per ACTIVE secondment of the batch; opening again adds only what is missing */
        post: operations["RoundsController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/publicity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The publicity notice (公示): the period and the Excellent list; any signed-in user */
        get: operations["PublicityController_notice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project groups of a round whose cadres need a comparative recommendation, each with its share of the quota and what was recorded (leaders read it too) */
        get: operations["RecommendationsController_groups"];
        /** Record a project group’s comparative recommendation (比对推荐): its cadres ranked with reasons, and who is recommended */
        put: operations["RecommendationsController_record"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A leader returns the results to calibration, with the reason */
        post: operations["RoundsController_returnRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/score-sheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The scoring grid: every assessment with each sub-item’s score, its sources and the explanation of the number */
        get: operations["RoundsController_scoreSheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/start-calibration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close collection and start calibration; 409 names what keeps assessments unscored */
        post: operations["RoundsController_startCalibration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/start-publicity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the approved results (公示) for at least five working days */
        post: operations["RoundsController_startPublicity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the calibrated grades to a leader; 409 names what is undecided or over the quota */
        post: operations["RoundsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/summary.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考核结果汇总表: every cadre by rank with the 13 sub-items, total, rank and grade (a host unit: its own cadres) */
        get: operations["ReportsController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rubrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rubric versions, newest first */
        get: operations["RubricsController_list"];
        put?: never;
        /** A new draft, copied from a version */
        post: operations["RubricsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rubrics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version: its items, sub-items, thresholds, weights, and each category’s sub-items after its variant */
        get: operations["RubricsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a draft (its name, or the whole rubric) */
        patch: operations["RubricsController_update"];
        trace?: never;
    };
    "/api/rubrics/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Score made-up inputs against this version; nothing is stored */
        post: operations["RubricsController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rubrics/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a draft: sub-items must sum to their item, items to 100, every category must resolve */
        post: operations["RubricsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/secondments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Secondments the caller may see (a host unit: its own; a cadre: their own) */
        get: operations["SecondmentsController_list"];
        put?: never;
        /** Second a cadre; a cadre has at most one ACTIVE secondment */
        post: operations["SecondmentsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/secondments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SecondmentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["SecondmentsController_update"];
        trace?: never;
    };
    "/api/secondments/{id}/appraisal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The comprehensive appraisal of a completed secondment */
        get: operations["DossiersController_appraisal"];
        /** Rewrite sections of a draft appraisal */
        put: operations["DossiersController_edit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/secondments/{id}/appraisal.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The appraisal form (综合鉴定表), A4, to print and file */
        get: operations["DossiersController_appraisalForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/secondments/{id}/appraisal/compose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Compose a draft appraisal again from the data as it now stands (replaces edits) */
        post: operations["DossiersController_recompose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/secondments/{id}/appraisal/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** File the appraisal into the archive: immutable from then on */
        post: operations["DossiersController_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/secondments/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete an ACTIVE secondment (期满) and compose its comprehensive appraisal (综合鉴定) as a draft */
        post: operations["DossiersController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talent-pool": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The talent pool (储备人才备选): those Excellent in two or more rounds first */
        get: operations["IncentivesController_talentPool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talent-pool.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 储备人才库: the talent pool, those Excellent in two or more rounds first */
        get: operations["ReportsController_talentPool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talent-pool/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a proposal into the talent pool with the recommendation, or decline it with the reason */
        post: operations["IncentivesController_decideTalent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Units, with filters and paging */
        get: operations["UnitsController_list"];
        put?: never;
        post: operations["UnitsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UnitsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["UnitsController_update"];
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users, with filters and paging */
        get: operations["UsersController_list"];
        put?: never;
        /** Create a user with an initial password */
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change display name, role, unit or the disabled flag */
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/api/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password for a user; their sessions end */
        post: operations["UsersController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Work records the caller may see (a cadre: their own; a host unit: its cadres’) */
        get: operations["WorkRecordsController_list"];
        put?: never;
        /** A cadre records a day of work on their ACTIVE secondment */
        post: operations["WorkRecordsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-records/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WorkRecordsController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-records/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WorkRecordsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcknowledgeDto: {
            /** @description the cadre’s own statement */
            statement?: string;
        };
        /** @enum {string} */
        AppraisalAspect: "BASIC_FACTS" | "POLITICAL_QUALITY" | "WORK_ABILITY" | "RESULTS" | "DISCIPLINE" | "RECOGNITION" | "HOST_UNIT_OPINION" | "ORGANIZATION_OPINION" | "GRADES" | "INCENTIVES" | "STRENGTHS" | "IMPROVEMENTS" | "CONCLUSION";
        AppraisalResponse: {
            /** Format: uuid */
            cadreId: string;
            /** @description when it was composed */
            createdAt: string;
            /** Format: date-time */
            editedAt: string | null;
            /** Format: date-time */
            filedAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            secondmentId: string;
            sections: components["schemas"]["AppraisalSectionDto"][];
            status: components["schemas"]["AppraisalStatus"];
            /** @example 草稿 */
            statusLabel: string;
            version: number;
        };
        AppraisalSectionDto: {
            aspect: components["schemas"]["AppraisalAspect"];
            text: string;
            /** @example 思想政治素质 */
            title: string;
        };
        /** @enum {string} */
        AppraisalStatus: "DRAFT" | "FILED";
        AssessmentListItemResponse: {
            cadre: components["schemas"]["RefDto"];
            category: components["schemas"]["SecondmentCategory"];
            categoryLabel: string;
            hostUnit: components["schemas"]["RefDto"];
            /** Format: uuid */
            id: string;
            round: components["schemas"]["AssessmentRoundRefResponse"];
            version: number;
        };
        AssessmentPage: {
            items: components["schemas"]["AssessmentListItemResponse"][];
            page: number;
            pageSize: number;
            total: number;
        };
        AssessmentResponse: {
            cadre: components["schemas"]["RefDto"];
            category: components["schemas"]["SecondmentCategory"];
            categoryLabel: string;
            /** @description what people entered (a host unit sees only its own) */
            entered: components["schemas"]["EnteredScoreResponse"][];
            hostUnit: components["schemas"]["RefDto"];
            /** Format: uuid */
            id: string;
            round: components["schemas"]["RefDto"];
            /** @description the computed score with explanations; not shown to host units */
            score: components["schemas"]["ScoreResponse"] | null;
            /** @description scores the system suggests from the records, e.g. 1.2 from work records */
            suggestions: components["schemas"]["SuggestionResponse"][];
            version: number;
        };
        AssessmentRoundRefResponse: {
            /** Format: uuid */
            id: string;
            name: string;
            status: components["schemas"]["RoundStatus"];
            /** @example 季度考核 */
            typeLabel: string;
        };
        AssessmentSummaryResponse: {
            cadre: components["schemas"]["RefDto"];
            category: components["schemas"]["SecondmentCategory"];
            hostUnit: components["schemas"]["RefDto"];
            /** Format: uuid */
            id: string;
            /** @description sub-items still without a score (not shown to host units) */
            missing: string[];
            /** @description null until fully scored, and for host units */
            total: number | null;
            version: number;
        };
        AuditEventPage: {
            items: components["schemas"]["AuditEventResponse"][];
            page: number;
            pageSize: number;
            total: number;
        };
        AuditEventResponse: {
            action: string;
            /** Format: uuid */
            actorId: string | null;
            /** @description the role the actor had then */
            actorRole: string | null;
            after: {
                [key: string]: unknown;
            } | null;
            before: {
                [key: string]: unknown;
            } | null;
            hash: string;
            id: string;
            occurredAt: string;
            requestId: string | null;
            targetId: string | null;
            targetType: string | null;
        };
        /**
         * @description 优秀 / 称职 / 基本称职 / 不称职, or INVALID (a spoiled ballot)
         * @enum {string}
         */
        BallotChoice: "EXCELLENT" | "COMPETENT" | "BASICALLY_COMPETENT" | "INCOMPETENT" | "INVALID";
        BallotSessionResponse: {
            /** Format: uuid */
            assessmentId: string;
            expectedVoters: number;
            /** Format: uuid */
            id: string;
            status: components["schemas"]["BallotSessionStatus"];
            tally: components["schemas"]["TallyResponse"];
            version: number;
        };
        /** @enum {string} */
        BallotSessionStatus: "OPEN" | "CLOSED";
        BatchPage: {
            items: components["schemas"]["BatchResponse"][];
            page: number;
            pageSize: number;
            total: number;
        };
        BatchResponse: {
            createdAt: string;
            description: string | null;
            endDate: string;
            /** Format: uuid */
            id: string;
            name: string;
            startDate: string;
            status: components["schemas"]["BatchStatus"];
            /** @example 进行中 */
            statusLabel: string;
            updatedAt: string;
            version: number;
        };
        /** @enum {string} */
        BatchStatus: "ACTIVE" | "CLOSED";
        CadrePage: {
            items: components["schemas"]["CadreResponse"][];
            page: number;
            pageSize: number;
            total: number;
        };
        CadreResponse: {
            /** @example 1988-05-12 */
            birthDate: string;
            createdAt: string;
            education: components["schemas"]["Education"];
            ethnicity: string;
            gender: components["schemas"]["Gender"];
            homeUnit: components["schemas"]["RefDto"];
            /** Format: uuid */
            id: string;
            name: string;
            /** @description in full for ORG_ADMIN and ORG_STAFF, masked (4101**********1234) for others */
            nationalId: string;
            /** @description in full for ORG_ADMIN and ORG_STAFF, masked (138****5678) for others */
            phone: string;
            politicalStatus: components["schemas"]["PoliticalStatus"];
            position: string;
            rank: string | null;
            /** @description the secondments the caller may see, newest first */
            secondments: components["schemas"]["SecondmentResponse"][];
            updatedAt: string;
            version: number;
        };
        CalibrateAssessmentDto: {
            /** @description a grade instead of the proposal; needs overrideReason; null clears it */
            gradeOverride?: components["schemas"]["Grade"] | null;
            /** @description 不定等次 and why; null clears it */
            notGradedReason?: string | null;
            overrideReason?: string;
            /** @description the assessment version last read */
            version: number;
            /** @description a disciplinary sanction or another veto; needs vetoReason */
            veto?: boolean;
            vetoReason?: string | null;
        };
        CalibrationResponse: {
            /** @description Excellent as decided so far (overrides included) */
            excellent: number;
            /** @description Excellent places under the quota */
            quota: number;
            rows: components["schemas"]["CalibrationRowResponse"][];
            /** @description cadres tied at the quota line, for a person to decide */
            tie: components["schemas"]["CalibrationTieResponse"] | null;
        };
        CalibrationRowResponse: {
            /** Format: uuid */
            assessmentId: string;
            cadre: components["schemas"]["RefDto"];
            category: components["schemas"]["SecondmentCategory"];
            /** @description the override, or else the proposal */
            grade: components["schemas"]["Grade"] | null;
            notGradedReason: string | null;
            override: components["schemas"]["GradeOverrideResponse"] | null;
            proposedGrade: components["schemas"]["Grade"] | null;
            rank: number | null;
            /** @description why, in Chinese */
            reasons: string[];
            /**
             * Format: date-time
             * @description set while a leader has reopened the result of a finalized round
             */
            reopenedAt: string | null;
            status: components["schemas"]["ProposalStatus"];
            total: number | null;
            version: number;
            veto: boolean;
            vetoReason: string | null;
        };
        CalibrationTieResponse: {
            assessmentIds: string[];
            /** @description Excellent places left for them */
            places: number;
        };
        CastBallotDto: {
            /** @description 优秀 / 称职 / 基本称职 / 不称职, or INVALID (a spoiled ballot) */
            choice: components["schemas"]["BallotChoice"];
            /** @example 7KQ2M-X9PAD */
            code: string;
        };
        CategoryVariantsDto: {
            GRASSROOTS: components["schemas"]["RubricVariantDto"][];
            INVESTMENT_PROMOTION: components["schemas"]["RubricVariantDto"][];
            KEY_TASK: components["schemas"]["RubricVariantDto"][];
            MAJOR_PROJECT: components["schemas"]["RubricVariantDto"][];
            STATE_ENTERPRISE: components["schemas"]["RubricVariantDto"][];
        };
        CertificateResponse: {
            appraisal: string;
            /** Format: uuid */
            assessmentId: string;
            /** Format: uuid */
            certifierUnitId: string;
            /** @description 万元 */
            contractedInvestment: number;
            /** @description 万元 */
            fundsInPlace: number;
            /** Format: uuid */
            id: string;
            issuedAt: string;
            projectsLanded: number;
            projectsSigned: number;
            rating: components["schemas"]["Rating"];
            version: number;
        };
        ChainVerificationResponse: {
            /** @description events checked */
            checked: number;
            /** @description the first event that breaks the chain */
            firstBrokenId: string | null;
            /** @enum {string|null} */
            reason: "PREVIOUS_HASH_MISMATCH" | "CONTENT_HASH_MISMATCH" | null;
            /** @description true when every event links to the one before and matches its hash */
            valid: boolean;
        };
        ChangePasswordDto: {
            /**
             * Format: password
             * @description 12 to 128 characters, not containing the username
             */
            newPassword: string;
            /** Format: password */
            oldPassword: string;
        };
        ColleagueDto: {
            /**
             * Format: uuid
             * @description the assessment to rate
             */
            assessmentId: string;
            hostUnit: string;
            name: string;
            /** @description already rated by me */
            rated: boolean;
        };
        CreateBallotSessionDto: {
            /** Format: uuid */
            assessmentId: string;
            /**
             * @description how many people are to vote; as many one-time codes are made
             * @example 42
             */
            expectedVoters: number;
        };
        CreateBatchDto: {
            description?: string;
            /** @example 2023-12-31 */
            endDate: string;
            /** @example 2023年度挂职历练 */
            name: string;
            /** @example 2023-01-01 */
            startDate: string;
        };
        CreateCadreDto: {
            /**
             * @description must agree with the national id
             * @example 1988-05-12
             */
            birthDate: string;
            education: components["schemas"]["Education"];
            /** @example 汉族 */
            ethnicity: string;
            gender: components["schemas"]["Gender"];
            /**
             * Format: uuid
             * @description the sending unit (派出单位)
             */
            homeUnitId: string;
            /** @example 张伟 */
            name: string;
            /**
             * @description 18 characters, GB 11643 check character
             * @example 410102198805120012
             */
            nationalId: string;
            /** @example 13800138000 */
            phone: string;
            politicalStatus: components["schemas"]["PoliticalStatus"];
            /** @example 区发展和改革委员会科员 */
            position: string;
            /** @example 一级科员 */
            rank?: string;
        };
        CreatedBallotSessionResponse: {
            /** Format: uuid */
            assessmentId: string;
            /** @description the one-time codes, shown only now; print them (?format=xlsx) and hand one to each voter */
            codes: string[];
            expectedVoters: number;
            /** Format: uuid */
            id: string;
            status: components["schemas"]["BallotSessionStatus"];
            tally: components["schemas"]["TallyResponse"];
            version: number;
        };
        CreateInterviewDto: {
            /** @example 2023-11-20 */
            date: string;
            /** @example 郑州某某科技有限公司 */
            intervieweeOrganization: string;
            /** @example 办公室主任 */
            intervieweeRole: string;
            /** @example 对其协调用地、用电问题的效率评价很高 */
            notes: string;
            /** @description on the ballot scale */
            rating: components["schemas"]["Rating"];
        };
        CreatePerformanceEntryDto: {
            /** @example 牵头完成片区3个重点项目征迁，提前一个月交地 */
            description: string;
            /** @example 2023Q2 */
            quarter: string;
        };
        CreateRoundDto: {
            /** Format: uuid */
            batchId: string;
            /** @default 3 */
            minInterviews?: number;
            /**
             * @description percent of expected voters
             * @default 67
             */
            minParticipationPercent?: number;
            /** @example 2023年度挂职历练干部专项考核 */
            name: string;
            /** @example 2023-12-31 */
            periodEnd: string;
            /**
             * @description within the batch period
             * @example 2023-03-01
             */
            periodStart: string;
            /** @description required for a PERCENT quota above 20: the approval (document number, approver) */
            quotaApproval?: string;
            quotaKind: components["schemas"]["QuotaKind"];
            /**
             * @description people (COUNT) or percent of the graded (PERCENT)
             * @example 20
             */
            quotaValue: number;
            /**
             * Format: uuid
             * @description a PUBLISHED rubric version; the round scores against it
             */
            rubricVersionId: string;
            type: components["schemas"]["RoundType"];
        };
        CreateRubricDraftDto: {
            /**
             * Format: uuid
             * @description the version to copy
             */
            basedOnId: string;
            /** @example 四查四看考评细则（2024版） */
            name: string;
        };
        CreateSecondmentDto: {
            /** Format: uuid */
            batchId: string;
            /** Format: uuid */
            cadreId: string;
            category: components["schemas"]["SecondmentCategory"];
            /**
             * @description within the batch period
             * @example 2023-12-31
             */
            endDate: string;
            /** @example 郑州南站片区开发专班 */
            groupLabel?: string;
            /**
             * Format: uuid
             * @description a unit of type HOST
             */
            hostUnitId: string;
            /** @example 淮河路街道党工委副书记 */
            post: string;
            /**
             * @description within the batch period
             * @example 2023-03-01
             */
            startDate: string;
        };
        CreateUnitDto: {
            /**
             * @description unique; letters, digits, _ and -
             * @example EQ-ZZB
             */
            code: string;
            /** @example 二七区委组织部 */
            name: string;
            /** Format: uuid */
            parentId?: string;
            type: components["schemas"]["UnitType"];
        };
        CreateUserDto: {
            /**
             * Format: uuid
             * @description required for CADRE: the cadre this account belongs to
             */
            cadreId?: string;
            /** @example 张三 */
            displayName: string;
            /**
             * Format: password
             * @description initial password, 12 to 128 characters
             */
            password: string;
            role: components["schemas"]["Role"];
            /**
             * Format: uuid
             * @description required for HOST_UNIT (a HOST unit) and CERTIFIER (a CERTIFIER unit)
             */
            unitId?: string;
            /**
             * @description 3–64 letters, digits, _ . -; stored lower-case
             * @example zhangsan
             */
            username: string;
        };
        CreateWorkRecordDto: {
            /** @example 走访辖区企业3家，协调解决用工问题 */
            content: string;
            /**
             * @description within the secondment, not in the future
             * @example 2023-05-08
             */
            date: string;
        };
        DecideIncentiveDto: {
            /** @description the measure as amended; omitted: as proposed. Only with CONFIRMED */
            measure?: string;
            /** @description why, in a sentence */
            note: string;
            /** @enum {string} */
            outcome: "CONFIRMED" | "REJECTED";
            /** @description the version last read; a stale one answers 409 */
            version: number;
        };
        DecideReviewDto: {
            /** @description required when CHANGED */
            grade?: components["schemas"]["Grade"];
            /** @enum {string} */
            outcome: "MAINTAINED" | "CHANGED";
            reason: string;
        };
        DecideTalentPoolDto: {
            /** @enum {string} */
            outcome: "CONFIRMED" | "DECLINED";
            /** @description CONFIRMED: the recommendation (推荐意见); DECLINED: why */
            recommendation: string;
            /** @description the version last read */
            version: number;
        };
        DossierEntryResponse: {
            /** Format: uuid */
            assessmentId: string;
            createdAt: string;
            /** @description false once a newer entry of the same assessment supersedes it */
            current: boolean;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            secondmentId: string;
            /** @description round, category, the 13 sub-item scores, total, rank, grade, opinions, certificates or interviews, as at finalization */
            snapshot: {
                [key: string]: unknown;
            };
            /**
             * Format: uuid
             * @description the entry this one replaces after a reopening
             */
            supersedesId: string | null;
        };
        DossierIncentiveResponse: {
            /** Format: uuid */
            assessmentId: string;
            exemplar: boolean;
            exemplarCitation: string | null;
            /** Format: uuid */
            id: string;
            /** @description as decided, or as proposed while undecided */
            measure: string;
            round: string;
            status: components["schemas"]["IncentiveStatus"];
        };
        DossierResponse: {
            appraisals: components["schemas"]["AppraisalResponse"][];
            /** @description growth-dossier entries, oldest first */
            entries: components["schemas"]["DossierEntryResponse"][];
            /** @description all for the organization department and leaders; the confirmed ones for others */
            incentives: components["schemas"]["DossierIncentiveResponse"][];
            /** @description metadata; download each at /api/dossiers/{cadreId}/materials/{id} */
            materials: components["schemas"]["MaterialResponse"][];
            /** @description with the secondments the caller may see */
            profile: components["schemas"]["CadreResponse"];
            /** @description finalized results, newest first */
            results: components["schemas"]["DossierResultResponse"][];
            /** @description the organization department and leaders only */
            talentPool: components["schemas"]["DossierTalentPoolResponse"] | null;
        };
        DossierResultResponse: {
            /** Format: uuid */
            assessmentId: string;
            category: components["schemas"]["SecondmentCategory"];
            finalizedAt: string;
            grade: components["schemas"]["Grade"] | null;
            rank: number | null;
            round: string;
            /** Format: uuid */
            roundId: string;
            /** @example 专项考核 */
            roundType: string;
            /** Format: uuid */
            secondmentId: string;
            total: number | null;
        };
        DossierSummaryPage: {
            items: components["schemas"]["DossierSummaryResponse"][];
            page: number;
            pageSize: number;
            total: number;
        };
        DossierSummaryResponse: {
            batch: string | null;
            /** Format: uuid */
            cadreId: string;
            /** @example 基层一线 */
            category: string | null;
            /** @description finalized rounds graded Excellent */
            excellentRounds: number;
            homeUnit: string;
            /** @description the newest secondment the caller may see */
            hostUnit: string | null;
            /** @description of the newest finalized round */
            latestGrade: components["schemas"]["Grade"] | null;
            name: string;
        };
        DossierTalentPoolResponse: {
            recommendation: string | null;
            status: components["schemas"]["TalentPoolStatus"];
        };
        EditAppraisalDto: {
            /** @description the sections to rewrite; the others stay as they are */
            sections: components["schemas"]["SectionEditDto"][];
            /** @description the version last read; a stale one answers 409 */
            version: number;
        };
        /** @enum {string} */
        Education: "DOCTORATE" | "MASTER" | "BACHELOR" | "COLLEGE" | "SECONDARY";
        EnteredScoreResponse: {
            comment: string | null;
            enteredAt: string;
            /** Format: uuid */
            enteredBy: string;
            points: number;
            source: components["schemas"]["ScoreSource"];
            subItemCode: string;
        };
        EnterScoresDto: {
            scores: components["schemas"]["SubItemScoreInputDto"][];
            /** @description the assessment version last read; a stale one answers 409 */
            version: number;
        };
        ErrorBody: {
            /** @description For validation errors `fields: [{ field, errors, inChinese }]` (`inChinese`: the same in Chinese, for people); for domain errors `code`, `inChinese` (the reason in Chinese, for people; `message` stays English) and context, with `field` when the refusal is about one field; for 500 `correlationId`. */
            details?: {
                [key: string]: unknown;
            };
            /** @example Bad Request */
            error: string;
            /** @example Invalid input: password (must be at least 12 characters) */
            message: string;
            /** @example 400 */
            statusCode: number;
        };
        EvidenceResponse: {
            filename: string;
            /** Format: uuid */
            id: string;
            sha256: string;
            size: number;
            /** @description recognized from the content */
            type: components["schemas"]["EvidenceType"];
            uploadedAt: string;
        };
        /**
         * @description recognized from the content
         * @enum {string}
         */
        EvidenceType: "pdf" | "jpg" | "png" | "docx" | "xlsx";
        ExcellentRequirementsDto: {
            GRASSROOTS: ("RECOMMENDED" | "BOTH_CERTIFICATES")[];
            INVESTMENT_PROMOTION: ("RECOMMENDED" | "BOTH_CERTIFICATES")[];
            KEY_TASK: ("RECOMMENDED" | "BOTH_CERTIFICATES")[];
            MAJOR_PROJECT: ("RECOMMENDED" | "BOTH_CERTIFICATES")[];
            STATE_ENTERPRISE: ("RECOMMENDED" | "BOTH_CERTIFICATES")[];
        };
        ExemplarDto: {
            /** @description required when flagging: what makes them an example */
            citation?: string;
            /** @description flag the cadre as an exemplar (示范标杆) for this result */
            exemplar: boolean;
            /** @description the version last read */
            version: number;
        };
        FileObjectionDto: {
            /** @example 该同志实际在岗时间不足 */
            reason: string;
        };
        FlowStepResponse: {
            done: boolean;
            /** @example 民主评议 */
            label: string;
            /**
             * @example [
             *       "3.1"
             *     ]
             */
            missing: string[];
            /** @example BALLOTS */
            step: string;
            /**
             * @description who must act while the step is not done
             * @example VOTERS
             */
            waitingOn: string | null;
        };
        /** @enum {string} */
        Gender: "MALE" | "FEMALE";
        /** @enum {string} */
        Grade: "EXCELLENT" | "COMPETENT" | "BASICALLY_COMPETENT" | "INCOMPETENT";
        GradeOverrideResponse: {
            /** @description when, as an ISO timestamp */
            at: string;
            /** @description the user who overrode the proposal */
            by: string;
            grade: components["schemas"]["Grade"];
            reason: string;
        };
        GradeThresholdsDto: {
            /** @example 60 */
            basicallyCompetent: number;
            /** @example 70 */
            competent: number;
            /** @example 90 */
            excellent: number;
        };
        GroupMemberDto: {
            /** Format: uuid */
            assessmentId: string;
            cadre: components["schemas"]["RefDto"];
            hostUnit: components["schemas"]["RefDto"];
        };
        HealthResponse: {
            /** @example up */
            database: string;
            /** @example ok */
            status: string;
        };
        HolidayDto: {
            /** @example 2024-01-01 */
            date: string;
            /** @example 元旦 */
            name: string;
        };
        HostUnitEvaluationDto: {
            /** @description the written opinion (书面意见) */
            opinion: string;
            /**
             * @description the score of the host-unit sub-item (3.2), points
             * @example 9
             */
            points: number;
            /** @description the assessment version last read */
            version: number;
        };
        IncentiveResponse: {
            /** Format: uuid */
            assessmentId: string;
            /** Format: uuid */
            cadreId: string;
            cadreName: string;
            /** Format: date-time */
            decidedAt: string | null;
            exemplar: boolean;
            exemplarCitation: string | null;
            hostUnit: string;
            /** Format: uuid */
            id: string;
            /** @description as decided */
            measure: string | null;
            note: string | null;
            proposedMeasure: string;
            rank: number | null;
            /** Format: uuid */
            roundId: string;
            status: components["schemas"]["IncentiveStatus"];
            total: number | null;
            version: number;
        };
        /** @enum {string} */
        IncentiveStatus: "PROPOSED" | "CONFIRMED" | "REJECTED";
        InterviewResponse: {
            /** Format: uuid */
            assessmentId: string;
            date: string;
            /** Format: uuid */
            id: string;
            intervieweeOrganization: string;
            intervieweeRole: string;
            notes: string;
            rating: components["schemas"]["Rating"];
            version: number;
        };
        IssueCertificateDto: {
            /** @example 招商意识强，对接项目扎实 */
            appraisal: string;
            /**
             * @description 合同引资，万元
             * @example 52000
             */
            contractedInvestment: number;
            /**
             * @description 到位资金，万元
             * @example 18000.5
             */
            fundsInPlace: number;
            /**
             * @description 落地项目
             * @example 2
             */
            projectsLanded: number;
            /**
             * @description 签约项目
             * @example 3
             */
            projectsSigned: number;
            rating: components["schemas"]["Rating"];
            /** @description to revise an issued certificate: its version last read */
            version?: number;
        };
        ItemScoreResponse: {
            code: string;
            maxPoints: number;
            name: string;
            points: number | null;
        };
        LeaderDecisionDto: {
            /** @description required when returning */
            comment?: string;
        };
        LoginDto: {
            /** Format: password */
            password: string;
            /** @example admin */
            username: string;
        };
        /** @enum {string} */
        MaterialKind: "WORK_RECORD_SUMMARY" | "INTERVIEW_NOTES" | "CERTIFICATE_SCAN" | "PHOTO" | "OTHER";
        MaterialResponse: {
            /** Format: uuid */
            assessmentId: string | null;
            description: string;
            filename: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["MaterialKind"];
            /** @example 照片 */
            kindLabel: string;
            /** Format: uuid */
            secondmentId: string;
            sha256: string;
            size: number;
            /** @description recognized from the content */
            type: components["schemas"]["EvidenceType"];
            uploadedAt: string;
        };
        MinimumRatingsDto: {
            /** @example 1 */
            BALLOTS: number;
            /** @example 2 */
            CERTIFICATES: number;
            /** @example 3 */
            INTERVIEWS: number;
            /** @example 1 */
            MUTUAL_EVALUATION: number;
        };
        MutualEvaluationGroupResponse: {
            /** @description null until opened */
            evaluation: components["schemas"]["MutualEvaluationProgressDto"] | null;
            /** @example 主题教育办 */
            groupLabel: string;
            members: components["schemas"]["GroupMemberDto"][];
        };
        MutualEvaluationProgressDto: {
            /** @description ratings the group gives when everyone rates everyone else: n × (n − 1) */
            expectedRatings: number;
            /** Format: uuid */
            id: string;
            /** @description members who have rated at least one colleague */
            raters: number;
            /** @description ratings given */
            ratings: number;
            status: components["schemas"]["MutualEvaluationStatus"];
            version: number;
        };
        MutualEvaluationResponse: {
            groupLabel: string;
            /** Format: uuid */
            id: string;
            /** @description the assessments of the group */
            members: string[];
            /** Format: uuid */
            roundId: string;
            status: components["schemas"]["MutualEvaluationStatus"];
            version: number;
        };
        /** @enum {string} */
        MutualEvaluationStatus: "OPEN" | "CLOSED";
        MyMutualEvaluationResponse: {
            /** @description everyone of the group but me */
            colleagues: components["schemas"]["ColleagueDto"][];
            groupLabel: string;
            /** Format: uuid */
            id: string;
            roundName: string;
        };
        MyResultResponse: {
            /** Format: date-time */
            acknowledgedAt: string | null;
            /** Format: uuid */
            assessmentId: string;
            grade: components["schemas"]["Grade"] | null;
            rank: number | null;
            /** @description the last day a review may be requested */
            reviewDeadline: string;
            reviews: components["schemas"]["ReviewResponse"][];
            round: string;
            total: number | null;
        };
        NoticeEntryDto: {
            /**
             * Format: uuid
             * @description the assessment an objection names
             */
            assessmentId: string;
            /** @example 基层一线 */
            category: string;
            /** @example 男 */
            gender: string;
            /** @example 区财政局 */
            homeUnit: string;
            /** @example 淮河路街道 */
            hostUnit: string;
            name: string;
            /** @example 科员 */
            position: string;
            /** @example 党工委副书记 */
            post: string;
        };
        ObjectionResponse: {
            /** Format: uuid */
            assessmentId: string;
            createdAt: string;
            /** Format: uuid */
            id: string;
            reason: string;
            resolution: string | null;
            /** Format: uuid */
            roundId: string;
            status: components["schemas"]["ObjectionStatus"];
        };
        /** @enum {string} */
        ObjectionStatus: "OPEN" | "UPHELD" | "DISMISSED";
        OpenMutualEvaluationDto: {
            /** @example 主题教育办 */
            groupLabel: string;
            /** Format: uuid */
            roundId: string;
        };
        OpenRoundResponse: {
            /** @description assessments created by this call (0 when opened before) */
            created: number;
            round: components["schemas"]["RoundResponse"];
            /** @description assessments of the round */
            total: number;
        };
        PerformanceEntryPage: {
            items: components["schemas"]["PerformanceEntryResponse"][];
            page: number;
            pageSize: number;
            total: number;
        };
        PerformanceEntryResponse: {
            /** @description the cadre, named */
            cadre: components["schemas"]["RefDto"];
            /** Format: uuid */
            cadreId: string;
            description: string;
            evidence: components["schemas"]["EvidenceResponse"][];
            /** Format: uuid */
            id: string;
            quarter: string;
            /** Format: date-time */
            reviewedAt: string | null;
            /** Format: uuid */
            secondmentId: string;
            status: components["schemas"]["PerformanceEntryStatus"];
            version: number;
        };
        /** @enum {string} */
        PerformanceEntryStatus: "SUBMITTED" | "REVIEWED";
        /** @enum {string} */
        PoliticalStatus: "CPC_MEMBER" | "CPC_PROBATIONARY" | "CYL_MEMBER" | "DEMOCRATIC_PARTY" | "NON_PARTISAN" | "MASSES";
        PriorResultResponse: {
            grade: components["schemas"]["Grade"] | null;
            rank: number | null;
            reopenedAt: string;
            /** Format: uuid */
            reopenedBy: string;
            reopenReason: string;
            sequence: number;
            total: number | null;
        };
        /** @enum {string} */
        ProposalStatus: "GRADED" | "NOT_GRADED" | "INCOMPLETE" | "TIE_AT_QUOTA";
        PublicityNoticeResponse: {
            /** @description the end of the fifth full working day after the start (weekends and listed holidays excluded) */
            endsAt: string;
            /** @description the Excellent, by rank */
            excellent: components["schemas"]["NoticeEntryDto"][];
            /** Format: uuid */
            roundId: string;
            roundName: string;
            /** @description when publicity started */
            startsAt: string;
        };
        PublishRubricDto: {
            /** @description the version last read */
            version: number;
        };
        /** @enum {string} */
        QuotaKind: "COUNT" | "PERCENT";
        RankedCadreDto: {
            /** Format: uuid */
            assessmentId: string;
            /** @example 牵头征迁地块最多，推进最快 */
            reason: string;
        };
        RankEntryDto: {
            /** Format: uuid */
            assessmentId: string;
            /** @description 1 is the best of the group */
            rank: number;
            reason: string;
        };
        RateColleagueDto: {
            /**
             * Format: uuid
             * @description the assessment of the colleague rated
             */
            assessmentId: string;
            rating: components["schemas"]["Rating"];
        };
        /** @enum {string} */
        Rating: "EXCELLENT" | "COMPETENT" | "BASICALLY_COMPETENT" | "INCOMPETENT";
        RatingNumbersResponse: {
            BASICALLY_COMPETENT: number;
            COMPETENT: number;
            EXCELLENT: number;
            INCOMPETENT: number;
        };
        RatingsInputDto: {
            /** @description valid democratic-evaluation ballots */
            BALLOTS?: components["schemas"]["RatingTallyDto"];
            /** @description the ratings of the issued certificates */
            CERTIFICATES?: components["schemas"]["RatingTallyDto"];
            INTERVIEWS?: components["schemas"]["RatingTallyDto"];
            MUTUAL_EVALUATION?: components["schemas"]["RatingTallyDto"];
        };
        RatingTallyDto: {
            BASICALLY_COMPETENT?: number;
            COMPETENT?: number;
            EXCELLENT?: number;
            INCOMPETENT?: number;
        };
        RatingWeightsDto: {
            /** @example 60 */
            BASICALLY_COMPETENT: number;
            /** @example 80 */
            COMPETENT: number;
            /**
             * @description percent
             * @example 100
             */
            EXCELLENT: number;
            /** @example 0 */
            INCOMPETENT: number;
        };
        RecommendationGroupResponse: {
            /** @example 南站片区专班 */
            groupLabel: string;
            members: components["schemas"]["RecommendationMemberDto"][];
            /** @description null until recorded */
            recorded: components["schemas"]["RecommendationResponse"] | null;
            /** @description the most this group may recommend: its share of the quota, at least one */
            share: number;
        };
        RecommendationMemberDto: {
            /** Format: uuid */
            assessmentId: string;
            cadre: components["schemas"]["RefDto"];
            hostUnit: components["schemas"]["RefDto"];
            post: string;
        };
        RecommendationResponse: {
            groupLabel: string;
            /** Format: uuid */
            id: string;
            ranking: components["schemas"]["RankEntryDto"][];
            recommended: string[];
            /**
             * Format: date-time
             * @description when it was last recorded
             */
            recordedAt: string;
            /** @description the most this group may recommend */
            share: number;
            version: number;
        };
        RecordRecommendationDto: {
            /**
             * @description the group label of the MAJOR_PROJECT secondments compared
             * @example 南站片区专班
             */
            groupLabel: string;
            /** @description every cadre of the group, best first */
            ranking: components["schemas"]["RankedCadreDto"][];
            /** @description assessments recommended for Excellent, at most the group’s share of the quota */
            recommended: string[];
        };
        RefDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        RefinalizeAssessmentDto: {
            /** @description a grade by hand instead of the proposal; needs reason */
            grade?: components["schemas"]["Grade"];
            reason?: string;
            /** @description the assessment version last read */
            version: number;
        };
        RefreshDto: {
            refreshToken: string;
        };
        RejectWorkRecordDto: {
            /** @example 当日未在岗 */
            reason: string;
            /** @description the version last read */
            version: number;
        };
        ReopenAssessmentDto: {
            /** @example 复核发现业绩信息有误 */
            reason: string;
            /** @description the assessment version last read */
            version: number;
        };
        RequestReviewDto: {
            /** @example 第二季度业绩信息漏报一项 */
            reason: string;
        };
        ResetPasswordDto: {
            /**
             * Format: password
             * @description 12 to 128 characters; every session of the user ends
             */
            newPassword: string;
        };
        ResolvedSubItemResponse: {
            code: string;
            itemCode: string;
            maxPoints: number;
            name: string;
            sources: components["schemas"]["SourceShareDto"][];
        };
        ResolveObjectionDto: {
            /**
             * @description UPHELD sends the round back to calibration
             * @enum {string}
             */
            outcome: "UPHELD" | "DISMISSED";
            /** @description the finding, in writing */
            resolution: string;
        };
        ReviewPerformanceEntryDto: {
            /** @description the version last read */
            version: number;
        };
        ReviewResponse: {
            /** Format: uuid */
            assessmentId: string;
            decisionReason: string | null;
            /** Format: uuid */
            id: string;
            reason: string;
            reviewedGrade: components["schemas"]["Grade"] | null;
            status: components["schemas"]["ReviewStatus"];
        };
        /** @enum {string} */
        ReviewStatus: "PENDING" | "MAINTAINED" | "CHANGED";
        ReviewWorkRecordDto: {
            /** @description the version last read */
            version: number;
        };
        /** @enum {string} */
        Role: "ORG_ADMIN" | "ORG_STAFF" | "LEADER" | "HOST_UNIT" | "CERTIFIER" | "CADRE";
        RosterImportSummaryDto: {
            /** Format: uuid */
            batchId: string;
            cadresCreated: number;
            /** @description rows whose national id was already registered (same name): a new secondment only */
            cadresReused: number;
            dryRun: boolean;
            rows: number;
            secondmentsCreated: number;
        };
        RoundMutualEvaluationsResponse: {
            /** @description the groups of the round whose cadres are scored by mutual evaluation */
            groups: components["schemas"]["MutualEvaluationGroupResponse"][];
            /** @description cadres scored by mutual evaluation whose secondment names no group: they cannot be evaluated until it does */
            ungrouped: components["schemas"]["GroupMemberDto"][];
        };
        RoundRecommendationsResponse: {
            /** @description the groups of the round whose cadres need a recommendation to be graded Excellent */
            groups: components["schemas"]["RecommendationGroupResponse"][];
            /** @description cadres needing a recommendation whose secondment names no group: none can be recommended until it does */
            ungrouped: components["schemas"]["RecommendationMemberDto"][];
        };
        RoundResponse: {
            batch: components["schemas"]["RefDto"];
            createdAt: string;
            /** Format: uuid */
            id: string;
            minInterviews: number;
            minParticipationPercent: number;
            name: string;
            /** Format: date-time */
            openedAt: string | null;
            periodEnd: string;
            periodStart: string;
            quotaApproval: string | null;
            quotaKind: components["schemas"]["QuotaKind"];
            quotaValue: number;
            rubricVersion: components["schemas"]["RefDto"];
            status: components["schemas"]["RoundStatus"];
            type: components["schemas"]["RoundType"];
            /** @example 专项考核 */
            typeLabel: string;
            updatedAt: string;
            version: number;
        };
        /** @enum {string} */
        RoundStatus: "CREATED" | "COLLECTING" | "CALIBRATION" | "SUBMITTED" | "APPROVED" | "PUBLICITY" | "FINALIZED";
        /** @enum {string} */
        RoundType: "QUARTERLY" | "SPECIAL" | "FINAL";
        RubricDefinitionDto: {
            excellentRequirements: components["schemas"]["ExcellentRequirementsDto"];
            items: components["schemas"]["RubricItemDto"][];
            minimumRatings: components["schemas"]["MinimumRatingsDto"];
            ratingWeights: components["schemas"]["RatingWeightsDto"];
            thresholds: components["schemas"]["GradeThresholdsDto"];
            variants: components["schemas"]["CategoryVariantsDto"];
        };
        RubricItemDto: {
            /** @example 查民主评议及用人单位评价 */
            check: string;
            /** @example 3 */
            code: string;
            /** @example 看群众公认度 */
            look: string;
            /** @example 20 */
            maxPoints: number;
            /** @example 群众公认 */
            name: string;
            subItems: components["schemas"]["RubricSubItemDto"][];
        };
        RubricResponse: {
            /** Format: uuid */
            basedOnId: string | null;
            /** @description each category’s sub-items after its variant, with names and sources */
            categories: {
                [key: string]: components["schemas"]["ResolvedSubItemResponse"][];
            };
            createdAt: string;
            definition: components["schemas"]["RubricDefinitionDto"];
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: date-time */
            publishedAt: string | null;
            status: components["schemas"]["RubricStatus"];
            updatedAt: string;
            version: number;
        };
        /** @enum {string} */
        RubricStatus: "DRAFT" | "PUBLISHED";
        RubricSubItemDto: {
            /** @example 3.1 */
            code: string;
            guidance: string;
            /**
             * @description points, up to two decimals
             * @example 10
             */
            maxPoints: number;
            /** @example 民主评议 */
            name: string;
            source: components["schemas"]["ScoreSource"];
        };
        RubricSummaryResponse: {
            /** Format: uuid */
            basedOnId: string | null;
            createdAt: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: date-time */
            publishedAt: string | null;
            status: components["schemas"]["RubricStatus"];
            updatedAt: string;
            version: number;
        };
        RubricVariantDto: {
            /** @example 双出具评定 */
            name?: string;
            sources: components["schemas"]["SourceShareDto"][];
            /** @example 3.1 */
            subItemCode: string;
        };
        ScorePreviewDto: {
            category: components["schemas"]["SecondmentCategory"];
            /**
             * @description entered scores by sub-item code, in points
             * @example {
             *       "1.1": 7.5,
             *       "3.2": 9
             *     }
             */
            entered: {
                [key: string]: number;
            };
            ratings: components["schemas"]["RatingsInputDto"];
        };
        ScoreProblemResponse: {
            message: string;
            subItem: string;
        };
        ScoreResponse: {
            items: components["schemas"]["ItemScoreResponse"][];
            problems: components["schemas"]["ScoreProblemResponse"][];
            subItems: components["schemas"]["SubItemScoreResponse"][];
            /** @description null until every sub-item has a score */
            total: number | null;
        };
        ScoreSheetRowResponse: {
            cadre: components["schemas"]["RefDto"];
            category: components["schemas"]["SecondmentCategory"];
            categoryLabel: string;
            hostUnit: components["schemas"]["RefDto"];
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description set while a leader has reopened the result of a finalized round: its scores may then be corrected
             */
            reopenedAt: string | null;
            /** @description each sub-item under the category’s variant, with its sources: only ORG_STAFF ones are entered here */
            score: components["schemas"]["ScoreResponse"];
            /** @description send it back with scores entered; a stale one answers 409 */
            version: number;
        };
        /** @enum {string} */
        ScoreSource: "ORG_STAFF" | "HOST_UNIT" | "BALLOTS" | "CERTIFICATES" | "INTERVIEWS" | "MUTUAL_EVALUATION";
        /** @enum {string} */
        SecondmentCategory: "GRASSROOTS" | "MAJOR_PROJECT" | "INVESTMENT_PROMOTION" | "STATE_ENTERPRISE" | "KEY_TASK";
        SecondmentPage: {
            items: components["schemas"]["SecondmentResponse"][];
            page: number;
            pageSize: number;
            total: number;
        };
        SecondmentResponse: {
            batch: components["schemas"]["RefDto"];
            cadre: components["schemas"]["RefDto"];
            category: components["schemas"]["SecondmentCategory"];
            /** @example 基层一线 */
            categoryLabel: string;
            createdAt: string;
            /** @example 2023-12-31 */
            endDate: string;
            groupLabel: string | null;
            hostUnit: components["schemas"]["RefDto"];
            /** Format: uuid */
            id: string;
            post: string;
            /** @example 2023-03-01 */
            startDate: string;
            status: components["schemas"]["SecondmentStatus"];
            /** @example 在岗 */
            statusLabel: string;
            updatedAt: string;
            version: number;
        };
        /** @enum {string} */
        SecondmentStatus: "ACTIVE" | "COMPLETED" | "WITHDRAWN";
        SectionEditDto: {
            aspect: components["schemas"]["AppraisalAspect"];
            text: string;
        };
        SetCertifiersDto: {
            /** @description units of type CERTIFIER (市专班, 区商务局) */
            unitIds: string[];
        };
        SourceShareDto: {
            /** @example 50 */
            percent: number;
            source: components["schemas"]["ScoreSource"];
        };
        SubItemScoreInputDto: {
            /** @description why this score */
            comment?: string;
            /**
             * @description points, up to two decimals
             * @example 7.5
             */
            points: number;
            /** @example 1.1 */
            subItemCode: string;
        };
        SubItemScoreResponse: {
            code: string;
            /** @example 民主评议：优秀 30、称职 10… */
            explanation: string;
            itemCode: string;
            maxPoints: number;
            name: string;
            /** @description null when an input is missing or out of range */
            points: number | null;
            sources: ("ORG_STAFF" | "HOST_UNIT" | "BALLOTS" | "CERTIFICATES" | "INTERVIEWS" | "MUTUAL_EVALUATION")[];
        };
        SuggestionResponse: {
            explanation: string;
            points: number;
            /** @example 1.2 */
            subItemCode: string;
        };
        TalentPoolEntryResponse: {
            /** Format: uuid */
            cadreId: string;
            /** @description finalized rounds graded Excellent */
            excellentRounds: number;
            homeUnit: string;
            /** Format: uuid */
            id: string;
            latestGrade: components["schemas"]["Grade"] | null;
            /** @description of the newest finalized round */
            latestTotal: number | null;
            name: string;
            position: string;
            /** @description Excellent in two or more rounds: listed first */
            priority: boolean;
            recommendation: string | null;
            status: components["schemas"]["TalentPoolStatus"];
            version: number;
        };
        TalentPoolPage: {
            items: components["schemas"]["TalentPoolEntryResponse"][];
            page: number;
            pageSize: number;
            total: number;
        };
        /** @enum {string} */
        TalentPoolStatus: "PROPOSED" | "CONFIRMED" | "DECLINED";
        TallyResponse: {
            cast: number;
            /**
             * @example {
             *       "EXCELLENT": 30,
             *       "COMPETENT": 10,
             *       "BASICALLY_COMPETENT": 2,
             *       "INCOMPETENT": 0
             *     }
             */
            counts: components["schemas"]["RatingNumbersResponse"];
            expectedVoters: number;
            invalid: number;
            participationPercent: number;
            /** @description percent of valid ballots, two decimals */
            percentages: components["schemas"]["RatingNumbersResponse"];
            /** @description participation reached the round’s minimum: the ballots may feed 3.1 */
            usable: boolean;
        };
        TokenPairResponse: {
            /** @description JWT, valid 15 minutes */
            accessToken: string;
            /** @description seconds until the access token expires */
            expiresIn: number;
            /** @description opaque; use once at /api/auth/refresh */
            refreshToken: string;
            /** @enum {string} */
            tokenType: "Bearer";
        };
        UnitPage: {
            items: components["schemas"]["UnitResponse"][];
            page: number;
            pageSize: number;
            total: number;
        };
        UnitResponse: {
            code: string;
            createdAt: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            parentId: string | null;
            type: components["schemas"]["UnitType"];
            updatedAt: string;
            version: number;
        };
        /** @enum {string} */
        UnitType: "ORG_DEPARTMENT" | "SENDING" | "HOST" | "CERTIFIER";
        UpdateBatchDto: {
            description?: string | null;
            endDate?: string;
            name?: string;
            /** @description must still contain every secondment of the batch */
            startDate?: string;
            status?: components["schemas"]["BatchStatus"];
            /** @description the version last read; a stale one answers 409 */
            version: number;
        };
        UpdateCadreDto: {
            birthDate?: string;
            education?: components["schemas"]["Education"];
            ethnicity?: string;
            gender?: components["schemas"]["Gender"];
            /** Format: uuid */
            homeUnitId?: string;
            name?: string;
            nationalId?: string;
            phone?: string;
            politicalStatus?: components["schemas"]["PoliticalStatus"];
            position?: string;
            rank?: string | null;
            /** @description the version last read; a stale one answers 409 */
            version: number;
        };
        UpdateRubricDraftDto: {
            /** @description the whole rubric, replacing the draft’s */
            definition?: components["schemas"]["RubricDefinitionDto"];
            name?: string;
            /** @description the version last read; a stale one answers 409 */
            version: number;
        };
        UpdateSecondmentDto: {
            category?: components["schemas"]["SecondmentCategory"];
            endDate?: string;
            groupLabel?: string | null;
            /** Format: uuid */
            hostUnitId?: string;
            post?: string;
            startDate?: string;
            /** @description ACTIVE → WITHDRAWN or COMPLETED; WITHDRAWN → ACTIVE */
            status?: components["schemas"]["SecondmentStatus"];
            /** @description the version last read; a stale one answers 409 */
            version: number;
        };
        UpdateUnitDto: {
            code?: string;
            name?: string;
            /**
             * Format: uuid
             * @description null makes it a top-level unit
             */
            parentId?: string | null;
            type?: components["schemas"]["UnitType"];
            /** @description the version last read; a stale one answers 409 */
            version: number;
        };
        UpdateUserDto: {
            /** Format: uuid */
            cadreId?: string | null;
            /** @description a disabled user cannot sign in, and their sessions end at once */
            disabled?: boolean;
            displayName?: string;
            role?: components["schemas"]["Role"];
            /**
             * Format: uuid
             * @description null removes the unit
             */
            unitId?: string | null;
            /** @description the version last read; a stale one answers 409 */
            version: number;
        };
        UserPage: {
            items: components["schemas"]["UserResponse"][];
            page: number;
            pageSize: number;
            total: number;
        };
        UserResponse: {
            /** Format: uuid */
            cadreId: string | null;
            createdAt: string;
            disabled: boolean;
            displayName: string;
            /** Format: uuid */
            id: string;
            role: components["schemas"]["Role"];
            /** Format: uuid */
            unitId: string | null;
            updatedAt: string;
            username: string;
            /** @description send it back on update; a stale version answers 409 */
            version: number;
        };
        VersionDto: {
            /** @description the version last read; a stale one answers 409 */
            version: number;
        };
        WorkRecordPage: {
            items: components["schemas"]["WorkRecordResponse"][];
            page: number;
            pageSize: number;
            total: number;
        };
        WorkRecordResponse: {
            /** @description the cadre, named */
            cadre: components["schemas"]["RefDto"];
            /** Format: uuid */
            cadreId: string;
            content: string;
            date: string;
            /** Format: uuid */
            id: string;
            rejectReason: string | null;
            /** Format: date-time */
            reviewedAt: string | null;
            /** Format: uuid */
            secondmentId: string;
            status: components["schemas"]["WorkRecordStatus"];
            version: number;
        };
        /** @enum {string} */
        WorkRecordStatus: "PENDING" | "CONFIRMED" | "REJECTED";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AssessmentsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description of the round: COLLECTING for those still taking inputs */
                roundStatus?: components["schemas"]["RoundStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentPage"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AssessmentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description unknown, or outside the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AcknowledgementsController_acknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcknowledgeDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BallotsController_sessionsOf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BallotSessionResponse"][];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AssessmentsController_calibrate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalibrateAssessmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description a stale version, or the round is not in calibration */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CertificatesController_issue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueCertificateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description the round is past collection, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CertificatesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateResponse"][];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AssessmentsController_flow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowStepResponse"][];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AssessmentsController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriorResultResponse"][];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AssessmentsController_evaluate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HostUnitEvaluationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description not a cadre of the caller’s unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description a stale version, or the round is no longer collecting */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    InterviewsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewResponse"][];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    InterviewsController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInterviewDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description the category has no interviews, or the round no longer takes inputs */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicityController_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileObjectionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AssessmentsController_refinalize: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefinalizeAssessmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AssessmentsController_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenAssessmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description the round is not finalized, the assessment is already reopened, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AcknowledgementsController_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestReviewDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AssessmentsController_enterScores: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnterScoresDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentResponse"];
                };
            };
            /** @description a computed or host-unit sub-item, or a score above its maximum */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description a stale version, or the round is no longer collecting */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                action?: string;
                actorId?: string;
                /** @description ISO 8601, inclusive */
                from?: string;
                page?: number;
                pageSize?: number;
                targetId?: string;
                targetType?: string;
                /** @description ISO 8601, exclusive */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuditController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainVerificationResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairResponse"];
                };
            };
            /** @description five failed logins for this username within a minute */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairResponse"];
                };
            };
        };
    };
    BallotsController_create: {
        parameters: {
            query?: {
                /** @description xlsx: the codes as a printable sheet, one per row */
                format?: "json" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBallotSessionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedBallotSessionResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BallotsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BallotSessionResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BallotsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BallotSessionResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BallotsController_cast: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CastBallotDto"];
            };
        };
        responses: {
            /** @description counted */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the code cannot be used (unknown, used, or closed: the answer does not say which) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BatchesController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                q?: string;
                sort?: "name" | "-name" | "startDate" | "-startDate" | "createdAt" | "-createdAt";
                status?: components["schemas"]["BatchStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchPage"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BatchesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBatchDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description the name is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BatchesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BatchesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBatchDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description a stale version, a taken name, or secondments outside the new period */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BatchesController_roster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CadresController_list: {
        parameters: {
            query?: {
                batchId?: string;
                category?: components["schemas"]["SecondmentCategory"];
                /** @description graded so in a finalized round (one the caller may see) */
                grade?: components["schemas"]["Grade"];
                homeUnitId?: string;
                hostUnitId?: string;
                page?: number;
                pageSize?: number;
                /** @description one-click search: name, home unit, position, host unit or post */
                q?: string;
                sort?: "name" | "-name" | "birthDate" | "-birthDate" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt";
                /** @description of a secondment */
                status?: components["schemas"]["SecondmentStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CadrePage"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CadresController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCadreDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CadreResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description the national id is already registered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CadresController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CadreResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description unknown, or outside the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CadresController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCadreDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CadreResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description a stale version, or the national id is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DossiersController_search: {
        parameters: {
            query?: {
                batchId?: string;
                category?: components["schemas"]["SecondmentCategory"];
                /** @description graded so in a finalized round (one the caller may see) */
                grade?: components["schemas"]["Grade"];
                homeUnitId?: string;
                hostUnitId?: string;
                page?: number;
                pageSize?: number;
                /** @description one-click search: name, home unit, position, host unit or post */
                q?: string;
                sort?: "name" | "-name" | "birthDate" | "-birthDate" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt";
                /** @description of a secondment */
                status?: components["schemas"]["SecondmentStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierSummaryPage"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DossiersController_lookup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cadreId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DossiersController_dossierWorkbook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cadreId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DossiersController_attach: {
        parameters: {
            query: {
                /** @description the assessment after which it was collected */
                assessmentId?: string;
                description: string;
                kind: components["schemas"]["MaterialKind"];
                /** @description the secondment the material belongs to */
                secondmentId: string;
            };
            header?: never;
            path: {
                cadreId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DossiersController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cadreId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicityController_holidays: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayDto"][];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicityController_addHoliday: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HolidayDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ImportsController_import: {
        parameters: {
            query: {
                /** @description the batch the roster belongs to */
                batchId: string;
                /** @description validate only; store nothing */
                dryRun?: boolean;
                /** @description xlsx: on errors, answer the workbook with each error marked */
                report?: "json" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description dry run: valid, nothing stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterImportSummaryDto"];
                };
            };
            /** @description stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterImportSummaryDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description over 5 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description `details.errors`: [{ row, column, message }] */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ImportsController_template: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    IncentivesController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideIncentiveDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncentiveResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description already decided, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    IncentivesController_exemplar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExemplarDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncentiveResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MutualEvaluationsController_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenMutualEvaluationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MutualEvaluationResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MutualEvaluationsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MutualEvaluationsController_rate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateColleagueDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MutualEvaluationsController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyMutualEvaluationResponse"][];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AcknowledgementsController_myResults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyResultResponse"][];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicityController_resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveObjectionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PerformanceController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                quarter?: string;
                secondmentId?: string;
                status?: components["schemas"]["PerformanceEntryStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerformanceEntryPage"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PerformanceController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePerformanceEntryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerformanceEntryResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PerformanceController_attach: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PerformanceController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PerformanceController_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewPerformanceEntryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerformanceEntryResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AcknowledgementsController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideReviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RoundsController_list: {
        parameters: {
            query?: {
                batchId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponse"][];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RoundsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoundDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RoundsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RoundsController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeaderDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RoundsController_assessmentsOf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentSummaryResponse"][];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReportsController_ballots: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RoundsController_calibration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalibrationResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CertificatesController_setCertifiers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetCertifiersDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReportsController_details: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReportsController_distribution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            /** @description the results are not submitted yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RoundsController_finalize: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description not in publicity, or the publicity period is not over */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    IncentivesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncentiveResponse"][];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReportsController_incentives: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MutualEvaluationsController_groups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundMutualEvaluationsResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicityController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionResponse"][];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RoundsController_open: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenRoundResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicityController_notice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicityNoticeResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RecommendationsController_groups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundRecommendationsResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RecommendationsController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordRecommendationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecommendationResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RoundsController_returnRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeaderDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RoundsController_scoreSheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreSheetRowResponse"][];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RoundsController_startCalibration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description e.g. "12 项考核缺少 3.2", with `details.missing` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RoundsController_startPublicity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RoundsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReportsController_summary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            /** @description the results are not submitted yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RubricsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RubricSummaryResponse"][];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RubricsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRubricDraftDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RubricResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RubricsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RubricResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RubricsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRubricDraftDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RubricResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description the version is published, or stale */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RubricsController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScorePreviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RubricsController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishRubricDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RubricResponse"];
                };
            };
            /** @description every reason, by path, in `details.fields` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description already published, or stale */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SecondmentsController_list: {
        parameters: {
            query?: {
                batchId?: string;
                cadreId?: string;
                category?: components["schemas"]["SecondmentCategory"];
                hostUnitId?: string;
                page?: number;
                pageSize?: number;
                /** @description text in the cadre name, host unit, post or group */
                q?: string;
                sort?: "startDate" | "-startDate" | "endDate" | "-endDate" | "category" | "-category" | "createdAt" | "-createdAt";
                status?: components["schemas"]["SecondmentStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondmentPage"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SecondmentsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSecondmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondmentResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description the cadre already has an ACTIVE secondment, or the batch is closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SecondmentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondmentResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description unknown, or outside the caller’s scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SecondmentsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSecondmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondmentResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description a stale version, a status change not allowed, or a second ACTIVE secondment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DossiersController_appraisal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppraisalResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DossiersController_edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditAppraisalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppraisalResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description filed, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DossiersController_appraisalForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DossiersController_recompose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppraisalResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DossiersController_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppraisalResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DossiersController_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppraisalResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description not ACTIVE, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    IncentivesController_talentPool: {
        parameters: {
            query?: {
                batchId?: string;
                /** @description of any of their secondments */
                category?: components["schemas"]["SecondmentCategory"];
                /** @description Excellent in at least this many finalized rounds */
                minExcellentRounds?: number;
                page?: number;
                pageSize?: number;
                /** @description part of the name or the home unit */
                q?: string;
                status?: components["schemas"]["TalentPoolStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TalentPoolPage"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReportsController_talentPool: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    IncentivesController_decideTalent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideTalentPoolDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TalentPoolEntryResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    UnitsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                parentId?: string;
                /** @description text in name or code */
                q?: string;
                sort?: "name" | "-name" | "code" | "-code" | "type" | "-type" | "createdAt" | "-createdAt";
                type?: components["schemas"]["UnitType"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitPage"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    UnitsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUnitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description the code is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    UnitsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    UnitsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUnitDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description a stale version, or the code is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                disabled?: boolean;
                page?: number;
                pageSize?: number;
                /** @description text in username or display name */
                q?: string;
                role?: components["schemas"]["Role"];
                /** @description a leading - sorts descending */
                sort?: "username" | "-username" | "displayName" | "-displayName" | "role" | "-role" | "createdAt" | "-createdAt";
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description the username is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    UsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    UsersController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    WorkRecordsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                secondmentId?: string;
                status?: components["schemas"]["WorkRecordStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkRecordPage"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    WorkRecordsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkRecordDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkRecordResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    WorkRecordsController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewWorkRecordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkRecordResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description already reviewed, or a stale version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    WorkRecordsController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectWorkRecordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkRecordResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
