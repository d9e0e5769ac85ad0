import { Foundation1795701309483 } from './1795701309483-Foundation';
import { Registry1795702558807 } from './1795702558807-Registry';
import { Rubrics1795703737524 } from './1795703737524-Rubrics';
import { Rounds1795704303897 } from './1795704303897-Rounds';
import { Ballots1795705317075 } from './1795705317075-Ballots';
import { Calibration1795705494473 } from './1795705494473-Calibration';
import { Idempotency1795705773171 } from './1795705773171-Idempotency';
import { WorkRecords1795705856762 } from './1795705856762-WorkRecords';
import { Performance1795705997771 } from './1795705997771-Performance';
import { Reopen1795706137838 } from './1795706137838-Reopen';
import { Interviews1795706709162 } from './1795706709162-Interviews';
import { Certificates1795706816201 } from './1795706816201-Certificates';
import { Recommendations1795707124323 } from './1795707124323-Recommendations';
import { MutualEvaluation1795707851718 } from './1795707851718-MutualEvaluation';
import { Publicity1795708590424 } from './1795708590424-Publicity';
import { Acknowledgements1795708766542 } from './1795708766542-Acknowledgements';
import { Dossiers1795713006854 } from './1795713006854-Dossiers';
import { ForeignKeyIndexes1795753062847 } from './1795753062847-ForeignKeyIndexes';
import { AuditAppend1795766521682 } from './1795766521682-AuditAppend';
import { AuditChainAtCommit1795804749065 } from './1795804749065-AuditChainAtCommit';

/** Every migration, in order. Listed by hand so the same list works from source and from dist. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [Foundation1795701309483, Registry1795702558807, Rubrics1795703737524, Rounds1795704303897, Ballots1795705317075, Calibration1795705494473, Idempotency1795705773171, WorkRecords1795705856762, Performance1795705997771, Reopen1795706137838, Interviews1795706709162, Certificates1795706816201, Recommendations1795707124323, MutualEvaluation1795707851718, Publicity1795708590424, Acknowledgements1795708766542, Dossiers1795713006854, ForeignKeyIndexes1795753062847, AuditAppend1795766521682, AuditChainAtCommit1795804749065];
