/**
 * Passwords too common to accept: the most frequent entries of public breach lists, plus
 * words Vietnamese users often choose. Compared after lower-casing. A new password is also
 * refused when it repeats the login or is one character repeated.
 */
const LIST = `
123456 123456789 12345678 password qwerty123 qwerty 1q2w3e 12345 1234567 111111 1234567890
123123 abc123 1234 password1 iloveyou 1q2w3e4r 000000 qwerty1 qwertyuiop 123321 654321 666666
7777777 121212 112233 1qaz2wsx zxcvbnm asdfgh asdfghjkl 123qwe qazwsx a123456 123456a 987654321
dragon monkey letmein football baseball master shadow sunshine princess superman batman trustno1
welcome welcome1 admin admin123 administrator root toor passw0rd p@ssw0rd p@ssword changeme
login guest test test123 secret hello123 freedom whatever michael jennifer jordan charlie hunter
starwars computer internet killer 11111111 88888888 66666666 99999999 12341234 11223344 123654789
147258369 159753 12344321 aaaaaa abcdef abcd1234 abcdefgh zaq12wsx q1w2e3r4 asd123 qwe123
matkhau matkhau123 matkhau1 matkhaumoi anhyeuem emyeuanh yeuem yeuanh anhyeuem123 emyeuanh123
iloveyou123 vietnam vietnam123 vietnam1 hanoi hanoi123 saigon saigon123 hochiminh tphcm
nguyen nguyen123 tran123 le123456 hoang123 pham123 huong123 linh123 minh123 trang123 ngoc123
hoctap hoctap123 khuyenhoc khuyenhoc123 giaoduc giaoduc123 truonghoc hocsinh hocsinh123 sinhvien
giaovien giaovien123 canbo canbo123 ubnd ubnd123 thongtin xinchao xinchao123 chaoban
baby123 lovelove loveyou loveme 520520 5201314 1314520 000000000 0123456789 0987654321
mylove superman1 pokemon minecraft fuckyou asdasd qweqwe zxczxc 147258 258369 741852963
`;

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));
