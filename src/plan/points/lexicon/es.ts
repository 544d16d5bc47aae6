import type { LexiconData } from './types.ts';

export const es: LexiconData = {
  function:
    'el la lo los las un una unos unas este esta estos estas ese esa su sus mi mis nuestro nuestra se le les me te nos no muy más ' +
    'menos tan ya también solo sólo cada otro otra otros otras a al en con por para sin sobre entre desde hasta hacia según contra ' +
    'durante mediante tras ante bajo de del y e o u ni pero mientras que quien quienes cual cuales donde cuando porque aunque como si ' +
    'sino es son fue fueron era eran ha han he hemos había ser sido está están estaba puede pueden será serán',
  clauseOpeners: 'mientras quien quienes cual cuales donde cuando porque aunque pues',
  coordinators: 'y e o u ni pero sino',
  introOpeners: 'a al en con por para sin sobre entre desde hasta hacia según durante mediante tras ante bajo como aunque mientras cuando tras',
  notOnly: 'no solo|no sólo|no solamente|no únicamente',
  conditions: 'si',
  appositive: 'un una el la los las uno que quien quienes cual cuales cuyo cuya',
  markers:
    'además|sin embargo|por ejemplo|por otro lado|en conclusión|en resumen|por lo tanto|finalmente|también|de hecho|por último|' +
    'por eso|así|primero|segundo|en primer lugar|en segundo lugar|hoy|ahora|en cambio|al final|en definitiva',
  pronouns: 'él ella ellos ellas esto eso ello aquello',
  fluff: [/\ben este (artículo|post|texto)/i],
  subjectStarts: 'el la los las un una unos unas este esta estos estas ese esa esos esas aquel aquella su sus mi mis nuestro nuestra cada todo toda todos todas muchos muchas algunos algunas ninguna yo tú él ella nosotros nosotras ellos ellas usted ustedes se',
  continuers: 'luego después entonces también',
};
