import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from './password-policy';

const TOO_SHORT = `must be at least ${PASSWORD_MIN_LENGTH} characters`;
const TOO_LONG = `must be at most ${PASSWORD_MAX_LENGTH} characters`;
const HAS_USERNAME = 'must not contain the username';
const REPETITIVE = 'must not be a repetition of a few characters';

/** n characters drawn from a varied alphabet so the distinct-characters rule never fires. */
function varied(n: number, alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'): string {
  return Array.from({ length: n }, (_, i) => alphabet[i % alphabet.length]).join('');
}

describe('passwordProblem', () => {
  it('has the documented bounds', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
    expect(PASSWORD_MAX_LENGTH).toBe(128);
  });

  describe('length, counted in characters', () => {
    it.each<[string, string, string | null]>([
      ['empty', '', TOO_SHORT],
      ['1 character', 'a', TOO_SHORT],
      ['11 characters', varied(11), TOO_SHORT],
      ['12 characters', varied(12), null],
      ['13 characters', varied(13), null],
      ['127 characters', varied(127), null],
      ['128 characters', varied(128), null],
      ['129 characters', varied(129), TOO_LONG],
      ['1000 characters', varied(1000), TOO_LONG],
      // Chinese characters are one UTF-16 unit (and three UTF-8 bytes) each: counted as one.
      ['11 Chinese characters', '我们一起去北京天安门广', TOO_SHORT],
      ['12 Chinese characters', '我们一起去北京天安门广场', null],
      ['128 Chinese characters', varied(128, '春夏秋冬东南西北上下左右'), null],
      ['129 Chinese characters', varied(129, '春夏秋冬东南西北上下左右'), TOO_LONG],
      // Astral characters (emoji, rare CJK) are two UTF-16 units but one character.
      ['11 emoji (22 UTF-16 units)', '😀😁😂🤣😃😄😅😆😉😊😋', TOO_SHORT],
      ['12 emoji', '😀😁😂🤣😃😄😅😆😉😊😋😎', null],
      ['128 emoji (256 UTF-16 units)', varied(128, '😀😁😂🤣😃'.match(/./gu)!.join('')), null],
      ['6 rare CJK characters from plane 2 plus 5 letters', '𠀀𠀁𠀂𠀃𠀄𠀅abcde', TOO_SHORT],
      ['mixed Chinese and Latin, 12 characters', 'abc中国人def好的!', null],
      ['12 characters including spaces', 'a b c d e f ', null],
    ])('%s', (_name, password, expected) => {
      expect(passwordProblem(password)).toBe(expected);
    });
  });

  describe('username', () => {
    it.each<[string, string, string, string | null]>([
      ['the username verbatim', 'zhangsan-secret-2025', 'zhangsan', HAS_USERNAME],
      ['the username upper-cased in the password', 'ZHANGSAN-secret-2025', 'zhangsan', HAS_USERNAME],
      ['the username upper-cased in the username', 'zhangsan-secret-2025', 'ZhangSan', HAS_USERNAME],
      ['the username in the middle', 'my-Zhangsan-password', 'zhangsan', HAS_USERNAME],
      ['the username at the end', 'correct horse admin', 'admin', HAS_USERNAME],
      ['the password equal to a long username', 'administrator1', 'Administrator1', HAS_USERNAME],
      ['a Chinese username', '张三的密码很长很长很长很长', '张三', HAS_USERNAME],
      ['a different username', 'zhangsan-secret-2025', 'lisi', null],
      ['a partial username only', 'zhang-san-secret', 'zhangsan', null],
      ['no username given', 'zhangsan-secret-2025', '', null],
    ])('%s', (_name, password, username, expected) => {
      expect(passwordProblem(password, username)).toBe(expected);
    });

    it('checks the username only when given', () => {
      expect(passwordProblem('admin-secret-phrase')).toBeNull();
      expect(passwordProblem('admin-secret-phrase', undefined)).toBeNull();
      expect(passwordProblem('admin-secret-phrase', 'admin')).toBe(HAS_USERNAME);
    });

    it('reports length before the username', () => {
      expect(passwordProblem('admin', 'admin')).toBe(TOO_SHORT);
    });
  });

  describe('distinct characters', () => {
    it.each<[string, string, string | null]>([
      ['one character repeated', 'aaaaaaaaaaaa', REPETITIVE],
      ['two characters alternating', 'abababababab', REPETITIVE],
      ['three characters', 'abcabcabcabcabc', REPETITIVE],
      ['three digits', '123123123123', REPETITIVE],
      ['one Chinese character repeated', '好好好好好好好好好好好好', REPETITIVE],
      ['four characters', 'abcdabcdabcd', null],
      ['four Chinese characters', '一二三四一二三四一二三四', null],
    ])('%s', (_name, password, expected) => {
      expect(passwordProblem(password)).toBe(expected);
    });
  });

  describe('accepted passphrases', () => {
    it.each([
      'correct horse battery staple',
      'Tr0ub4dor&3-but-longer',
      '挂职干部考核管理系统密码',
      '我爱北京天安门 and more',
      'all lower case is fine here',
      '            x y z w   ',
      'ümlaut-and-ß-are-fine',
    ])('%p', (password) => {
      expect(passwordProblem(password, 'zhangsan')).toBeNull();
    });
  });
});
