var Ck=Object.defineProperty;var j=(e,t,i)=>()=>{if(i)throw i[0];try{return e&&(t=e(e=0)),t}catch(n){throw i=[n],n}};var _=(e,t)=>{for(var i in t)Ck(e,i,{get:t[i],enumerable:!0})};var Nu={};_(Nu,{default:()=>M0});var M0,zu=j(()=>{M0={buttons:{play:"\u062A\u0634\u063A\u064A\u0644",pause:"\u0625\u064A\u0642\u0627\u0641",replay:"\u0625\u0639\u0627\u062F\u0629 \u0627\u0644\u062A\u0634\u063A\u064A\u0644",mute:"\u0643\u062A\u0645",unmute:"\u0625\u0644\u063A\u0627\u0621 \u0627\u0644\u0643\u062A\u0645"},seek:{forward:"\u0627\u0644\u062A\u062E\u0637\u064A \u0644\u0644\u0623\u0645\u0627\u0645 {seconds}",backward:"\u0627\u0644\u0631\u062C\u0648\u0639 \u0644\u0644\u062E\u0644\u0641 {seconds}"},fullscreen:{enter:"\u0645\u0644\u0621 \u0627\u0644\u0634\u0627\u0634\u0629",exit:"\u0627\u0644\u062E\u0631\u0648\u062C \u0645\u0646 \u0645\u0644\u0621 \u0627\u0644\u0634\u0627\u0634\u0629"},captions:{enable:"\u062A\u0641\u0639\u064A\u0644 \u0627\u0644\u062A\u0633\u0645\u064A\u0627\u062A \u0627\u0644\u062A\u0648\u0636\u064A\u062D\u064A\u0629",disable:"\u0625\u064A\u0642\u0627\u0641 \u0627\u0644\u062A\u0633\u0645\u064A\u0627\u062A \u0627\u0644\u062A\u0648\u0636\u064A\u062D\u064A\u0629"},pip:{enter:"\u0635\u0648\u0631\u0629 \u062F\u0627\u062E\u0644 \u0635\u0648\u0631\u0629",exit:"\u0627\u0644\u062E\u0631\u0648\u062C \u0645\u0646 \u0648\u0636\u0639 \u0635\u0648\u0631\u0629 \u062F\u0627\u062E\u0644 \u0635\u0648\u0631\u0629"},live:{playing:"\u0628\u062B \u0645\u0628\u0627\u0634\u0631",seekToEdge:"\u0627\u0644\u0627\u0646\u062A\u0642\u0627\u0644 \u0625\u0644\u0649 \u0627\u0644\u0628\u062B \u0627\u0644\u0645\u0628\u0627\u0634\u0631",badge:"\u0645\u0628\u0627\u0634\u0631"},cast:{start:"\u0628\u062F\u0621 \u0627\u0644\u0625\u0631\u0633\u0627\u0644",stop:"\u0625\u064A\u0642\u0627\u0641 \u0627\u0644\u0625\u0631\u0633\u0627\u0644",connecting:"\u062C\u0627\u0631\u064D \u0627\u0644\u0627\u062A\u0635\u0627\u0644"},airplay:{start:"\u0628\u062F\u0621 AirPlay",stop:"\u0625\u064A\u0642\u0627\u0641 AirPlay"},slider:{seek:"\u062A\u0642\u062F\u064A\u0645"},time:{current:"\u0627\u0644\u0648\u0642\u062A \u0627\u0644\u062D\u0627\u0644\u064A",duration:"\u0627\u0644\u0645\u062F\u0629",remaining:"\u0627\u0644\u0648\u0642\u062A \u0627\u0644\u0645\u062A\u0628\u0642\u064A",elapsedSuffix:"{duration} \u0645\u0646 \u0627\u0644\u0648\u0642\u062A \u0627\u0644\u0645\u0646\u0642\u0636\u064A",durationSuffix:"{duration} \u0645\u062F\u0629",remainingSuffix:"\u0645\u062A\u0628\u0642\u064D {duration}",showElapsed:"\u0639\u0631\u0636 \u0627\u0644\u0648\u0642\u062A \u0627\u0644\u0645\u0646\u0642\u0636\u064A, {duration}.",showDuration:"\u0639\u0631\u0636 \u0627\u0644\u0645\u062F\u0629, {duration}.",showRemaining:"\u0639\u0631\u0636 \u0627\u0644\u0648\u0642\u062A \u0627\u0644\u0645\u062A\u0628\u0642\u064A, {duration}.",toggleElapsed:"\u0627\u0644\u062A\u0628\u062F\u064A\u0644 \u0628\u064A\u0646 \u0627\u0644\u0648\u0642\u062A \u0627\u0644\u0645\u0646\u0642\u0636\u064A \u0648\u0627\u0644\u0648\u0642\u062A \u0627\u0644\u0645\u062A\u0628\u0642\u064A.",toggleDuration:"\u0627\u0644\u062A\u0628\u062F\u064A\u0644 \u0628\u064A\u0646 \u0627\u0644\u0645\u062F\u0629 \u0648\u0627\u0644\u0648\u0642\u062A \u0627\u0644\u0645\u062A\u0628\u0642\u064A.",position:"{current} \u0645\u0646 {duration}",unknown:"\u0627\u0644\u0648\u0633\u0627\u0626\u0637 \u063A\u064A\u0631 \u0645\u062D\u0645\u0644\u0629\u060C \u0627\u0644\u0648\u0642\u062A \u063A\u064A\u0631 \u0645\u0639\u0644\u0648\u0645."},playback:{rate:"\u0633\u0631\u0639\u0629 \u0627\u0644\u062A\u0634\u063A\u064A\u0644 {rate}"},volume:{mutedValue:"{percent}\u060C \u0645\u0643\u062A\u0648\u0645",muted:"\u0635\u0627\u0645\u062A",label:"\u0645\u0633\u062A\u0648\u0649 \u0627\u0644\u0635\u0648\u062A",value:"\u0645\u0633\u062A\u0648\u0649 \u0627\u0644\u0635\u0648\u062A {value}"},status:{captionsOn:"\u0627\u0644\u062A\u0631\u062C\u0645\u0629 \u0645\u0641\u0639\u0651\u0644\u0629",captionsOff:"\u0627\u0644\u062A\u0631\u062C\u0645\u0629 \u0645\u062A\u0648\u0642\u0641\u0629",paused:"\u0645\u062A\u0648\u0642\u0641 \u0645\u0624\u0642\u062A\u0627\u064B",playing:"\u0642\u064A\u062F \u0627\u0644\u062A\u0634\u063A\u064A\u0644",fullscreen:"\u0645\u0644\u0621 \u0627\u0644\u0634\u0627\u0634\u0629",pip:"\u0635\u0648\u0631\u0629 \u062F\u0627\u062E\u0644 \u0635\u0648\u0631\u0629",exitPip:"\u0627\u0644\u062E\u0631\u0648\u062C \u0645\u0646 \u0635\u0648\u0631\u0629 \u062F\u0627\u062E\u0644 \u0635\u0648\u0631\u0629",seekedTo:"\u062A\u0645 \u0627\u0644\u0627\u0646\u062A\u0642\u0627\u0644 \u0625\u0644\u0649 {time}"},container:{label:"\u0645\u0634\u063A\u0644 \u0627\u0644\u0648\u0633\u0627\u0626\u0637"},errors:{aborted:"\u0644\u0642\u062F \u0623\u0644\u063A\u064A\u062A \u062A\u0634\u063A\u064A\u0644 \u0627\u0644\u0641\u064A\u062F\u064A\u0648",network:"\u062A\u0633\u0628\u0628 \u062E\u0637\u0623 \u0641\u064A \u0627\u0644\u0634\u0628\u0643\u0629 \u0628\u0641\u0634\u0644 \u062A\u062D\u0645\u064A\u0644 \u0627\u0644\u0641\u064A\u062F\u064A\u0648 \u0628\u0627\u0644\u0643\u0627\u0645\u0644.",decode:"\u062A\u0645 \u0625\u064A\u0642\u0627\u0641 \u062A\u0634\u063A\u064A\u0644 \u0627\u0644\u0641\u064A\u062F\u064A\u0648 \u0628\u0633\u0628\u0628 \u0639\u062F\u0645 \u0635\u0644\u0627\u062D\u064A\u0629 \u0627\u0644\u0641\u064A\u062F\u064A\u0648 \u0623\u0648 \u0644\u0623\u0646 \u0627\u0644\u0641\u064A\u062F\u064A\u0648 \u0627\u0644\u0645\u0633\u062A\u062E\u062F\u0645 \u064A\u0633\u062A\u062E\u062F\u0645 \u0645\u064A\u0632\u0627\u062A \u063A\u064A\u0631 \u0645\u062F\u0639\u0648\u0645\u0629 \u0645\u0646 \u0645\u062A\u0635\u0641\u062D\u0643.",source:"\u0644\u0627 \u064A\u0645\u0643\u0646 \u062A\u062D\u0645\u064A\u0644 \u0627\u0644\u0641\u064A\u062F\u064A\u0648 \u0628\u0633\u0628\u0628 \u0641\u0634\u0644 \u0641\u064A \u0627\u0644\u062E\u0627\u062F\u0645 \u0623\u0648 \u0627\u0644\u0634\u0628\u0643\u0629 \u060C \u0623\u0648 \u0628\u0633\u0628\u0628 \u0639\u062F\u0645 \u0625\u0645\u0643\u0627\u0646\u064A\u0629 \u0642\u0631\u0627\u0621\u0629 \u062A\u0646\u0633\u064A\u0642 \u0627\u0644\u0641\u064A\u062F\u064A\u0648.",encrypted:"\u0627\u0644\u0648\u0633\u0627\u0626\u0637 \u0645\u0634\u0641\u0631\u0629 \u0648\u0644\u064A\u0633 \u0644\u062F\u064A\u0646\u0627 \u0627\u0644\u0631\u0645\u0648\u0632 \u0627\u0644\u0644\u0627\u0632\u0645\u0629 \u0644\u0641\u0643 \u0634\u0641\u0631\u062A\u0647\u0627.",unplayable:"\u0647\u0630\u0647 \u0627\u0644\u0648\u0633\u0627\u0626\u0637 \u063A\u064A\u0631 \u0645\u062F\u0639\u0648\u0645\u0629 \u0645\u0646 \u0642\u0650\u0628\u0644 \u0627\u0644\u0645\u0634\u063A\u0651\u0644.",title:"\u062D\u062F\u062B \u062E\u0637\u0623 \u0645\u0627.",unexpected:"\u062D\u062F\u062B \u062E\u0637\u0623. \u064A\u064F\u0631\u062C\u0649 \u0627\u0644\u0645\u062D\u0627\u0648\u0644\u0629 \u0645\u0631\u0629 \u0623\u062E\u0631\u0649."},common:{empty:"",ok:"\u0623\u063A\u0644\u0642"},menu:{settings:"\u0627\u0644\u0625\u0639\u062F\u0627\u062F\u0627\u062A",quality:"\u0627\u0644\u062C\u0648\u062F\u0629",audio:"\u0627\u0644\u0635\u0648\u062A",default:"\u0627\u0641\u062A\u0631\u0627\u0636\u064A",speed:"\u0627\u0644\u0633\u0631\u0639\u0629",captions:"\u0627\u0644\u062A\u0633\u0645\u064A\u0627\u062A \u0627\u0644\u062A\u0648\u0636\u064A\u062D\u064A\u0629",playbackRate:"\u0633\u0631\u0639\u0629 \u0627\u0644\u062A\u0634\u063A\u064A\u0644",back:"\u0631\u062C\u0648\u0639",off:"\u0625\u064A\u0642\u0627\u0641",auto:"\u062A\u0644\u0642\u0627\u0626\u064A",autoWithLabel:"\u062A\u0644\u0642\u0627\u0626\u064A ({label})",subtitles:"\u0627\u0644\u062A\u0631\u062C\u0645\u0629"}}});var Vu={};_(Vu,{default:()=>R0});var R0,Fu=j(()=>{R0={buttons:{play:"Oynat",pause:"Pauza",replay:"Yenid\u0259n oynat",mute:"S\u0259ssizi qo\u015F",unmute:"S\u0259ssizi s\xF6nd\xFCr"},seek:{forward:"{seconds} saniy\u0259 qaba\u011Fa ke\xE7in",backward:"{seconds} saniy\u0259 geriy\u0259 ke\xE7in"},fullscreen:{enter:"Tam ekran",exit:"Tam ekrandan \xE7\u0131x"},captions:{enable:"Altyaz\u0131lar\u0131 aktiv et",disable:"Altyaz\u0131lar\u0131 s\xF6nd\xFCr"},pip:{enter:"\u015E\u0259kil i\xE7ind\u0259 \u015F\u0259kil rejimi",exit:"\u015E\u0259kil i\xE7ind\u0259 \u015F\u0259kil rejimind\u0259n \xE7\u0131x\u0131n"},live:{playing:"Canl\u0131 yay\u0131mda",seekToEdge:"Canl\u0131 yay\u0131ma ke\xE7",badge:"Canl\u0131"},cast:{start:"Yay\u0131m\u0131 ba\u015Flat",stop:"Yay\u0131m\u0131 durdur",connecting:"Qo\u015Fulur"},airplay:{start:"AirPlay-i ba\u015Flat",stop:"AirPlay-i dayand\u0131r"},slider:{seek:"S\xFCr\xFC\u015Fd\xFCr"},time:{current:"Cari Vaxt",duration:"M\xFCdd\u0259t",remaining:"Qalan vaxt",elapsedSuffix:"{duration} ke\xE7\u0259n vaxt",durationSuffix:"{duration} m\xFCdd\u0259t",remainingSuffix:"Qalan {duration}",showElapsed:"Ke\xE7\u0259n vaxt\u0131 g\xF6st\u0259r, {duration}.",showDuration:"M\xFCdd\u0259ti g\xF6st\u0259r, {duration}.",showRemaining:"Qalan vaxt\u0131 g\xF6st\u0259r, {duration}.",toggleElapsed:"Ke\xE7\u0259n vaxt v\u0259 qalan vaxt aras\u0131nda ke\xE7id edin.",toggleDuration:"M\xFCdd\u0259t v\u0259 qalan vaxt aras\u0131nda ke\xE7id edin.",position:"{current} / {duration}",unknown:"Media y\xFCkl\u0259nm\u0259yib, vaxt m\u0259lum deyil."},playback:{rate:"Oynatma s\xFCr\u0259ti {rate}"},volume:{mutedValue:"{percent}, s\u0259ssiz",muted:"S\u0259ssiz",label:"S\u0259s",value:"S\u0259s {value}"},status:{captionsOn:"Ba\u015Fl\u0131qlar aktiv",captionsOff:"Ba\u015Fl\u0131qlar s\xF6nd\xFCr\xFCl\xFCb",paused:"Dayand\u0131r\u0131l\u0131b",playing:"Oynad\u0131l\u0131r",fullscreen:"Tam ekran",pip:"\u015E\u0259kil i\xE7ind\u0259 \u015F\u0259kil",exitPip:"\u015E\u0259kil i\xE7ind\u0259 \u015F\u0259kild\u0259n \xE7\u0131x\u0131n",seekedTo:"{time} vaxt\u0131na ke\xE7ildi"},container:{label:"Media pleyeri"},errors:{aborted:"Siz median\u0131n oxudulmas\u0131n\u0131 dayand\u0131rd\u0131n\u0131z",network:"\u015E\u0259b\u0259k\u0259 x\u0259tas\u0131 s\u0259b\u0259bind\u0259n median\u0131n endirilm\u0259si yar\u0131da qald\u0131.",decode:"Media fayl\u0131n\u0131n korlanmas\u0131 s\u0259b\u0259bil\u0259 v\u0259 ya media fayl\u0131n brauzerinizin d\u0259st\u0259kl\u0259m\u0259diyi funksiyalardan istifad\u0259 etdiyin\u0259 g\xF6r\u0259 median\u0131n oxudulmas\u0131 dayand\u0131r\u0131l\u0131b.",source:"Y\xFCkl\u0259m\u0259 x\u0259tas\u0131.",encrypted:"Media fayl\u0131 \u015Fifr\u0259l\u0259nib v\u0259 onun \u015Fifr\u0259sini a\xE7maq \xFC\xE7\xFCn a\xE7arlar yoxdur.",unplayable:"Bu media pleyer t\u0259r\u0259find\u0259n d\u0259st\u0259kl\u0259nmir.",title:"Bir \u015Fey yanl\u0131\u015F getdi.",unexpected:"X\u0259ta ba\u015F verdi. Yenid\u0259n c\u0259hd edin."},common:{empty:"",ok:"Ba\u011Fla"},menu:{settings:"Parametrl\u0259r",quality:"Keyfiyy\u0259t",audio:"S\u0259s",default:"Defolt",speed:"S\xFCr\u0259t",captions:"Ba\u015Fl\u0131qlar",playbackRate:"Oynatma s\xFCr\u0259ti",back:"Geri",off:"S\xF6nd\xFCr",auto:"Avtomatik",autoWithLabel:"Avtomatik ({label})",subtitles:"Altyaz\u0131lar"}}});var ju={};_(ju,{default:()=>D0});var D0,_u=j(()=>{D0={buttons:{play:"Pusti",pause:"Pauza",replay:"Ponovi",mute:"Prigu\u0161en",unmute:"Ne-prigu\u0161en"},seek:{forward:"Premotaj naprijed {seconds} sekundi",backward:"Premotaj nazad {seconds} sekundi"},fullscreen:{enter:"Puni ekran",exit:"Izlaz iz punog ekrana"},captions:{enable:"Uklju\u010Di titlove",disable:"Isklju\u010Di titlove"},pip:{enter:"Slika u slici",exit:"Izlaz iz slike u slici"},live:{playing:"Reprodukcija u\u017Eivo",seekToEdge:"Idi na live",badge:"U\u017Eivo"},cast:{start:"Pokreni emitovanje",stop:"Zaustavi emitovanje",connecting:"Povezivanje"},airplay:{start:"Pokreni AirPlay",stop:"Zaustavi AirPlay"},slider:{seek:"Premotavanje"},time:{current:"Trenutno vrijeme",duration:"Vrijeme trajanja",remaining:"Preostalo vrijeme",elapsedSuffix:"{duration} proteklog vremena",durationSuffix:"{duration} trajanja",remainingSuffix:"Preostalo {duration}",showElapsed:"Prika\u017Ei proteklo vrijeme, {duration}.",showDuration:"Prika\u017Ei trajanje, {duration}.",showRemaining:"Prika\u017Ei preostalo vrijeme, {duration}.",toggleElapsed:"Prebacivanje izme\u0111u proteklog i preostalog vremena.",toggleDuration:"Prebacivanje izme\u0111u trajanja i preostalog vremena.",position:"{current} od {duration}",unknown:"Medij nije u\u010Ditan, vrijeme nije poznato."},playback:{rate:"Stopa reprodukcije {rate}"},volume:{mutedValue:"{percent}, isklju\u010Den zvuk",muted:"Isklju\u010Den zvuk",label:"Glasno\u0107a",value:"Glasno\u0107a {value}"},status:{captionsOn:"Titlovi uklju\u010Deni",captionsOff:"Titlovi isklju\u010Deni",paused:"Pauzirano",playing:"Reprodukcija",fullscreen:"Puni ekran",pip:"Slika u slici",exitPip:"Izlaz iz slike u slici",seekedTo:"Premotano na {time}"},container:{label:"Medijski plejer"},errors:{aborted:"Isklju\u010Dili ste reprodukciju videa.",network:"Video se prestao preuzimati zbog gre\u0161ke na mre\u017Ei.",decode:"Reprodukcija videa je zaustavljenja zbog gre\u0161ke u formatu ili zbog verzije va\u0161eg pretra\u017Eiva\u010Da.",source:"Video se ne mo\u017Ee reproducirati zbog servera, gre\u0161ke u mre\u017Ei ili je format ne podr\u017Ean.",encrypted:"Medij je \u0161ifriran i nema klju\u010Deva za de\u0161ifriranje.",unplayable:"Plejer ne podr\u017Eava ovaj medij.",title:"Ne\u0161to je po\u0161lo po krivu.",unexpected:"Do\u0161lo je do gre\u0161ke. Poku\u0161ajte ponovo."},common:{empty:"",ok:"OK"},menu:{settings:"Postavke",quality:"Kvalitet",audio:"Zvuk",default:"Zadano",speed:"Brzina",captions:"Titlovi",playbackRate:"Brzina reprodukcije",back:"Nazad",off:"Isklju\u010Deno",auto:"Automatski",autoWithLabel:"Automatski ({label})",subtitles:"Titlovi"}}});var Uu={};_(Uu,{default:()=>O0});var O0,Bu=j(()=>{O0={buttons:{play:"\u0412\u044A\u0437\u043F\u0440\u043E\u0438\u0437\u0432\u0435\u0436\u0434\u0430\u043D\u0435",pause:"\u041F\u0430\u0443\u0437\u0430",replay:"\u041F\u043E\u0432\u0442\u043E\u0440\u0438",mute:"\u0411\u0435\u0437 \u0437\u0432\u0443\u043A",unmute:"\u0421\u044A\u0441 \u0437\u0432\u0443\u043A"},seek:{forward:"\u041F\u0440\u0435\u0432\u044A\u0440\u0442\u0430\u043D\u0435 \u043D\u0430\u043F\u0440\u0435\u0434 \u0441 {seconds} \u0441\u0435\u043A\u0443\u043D\u0434\u0438",backward:"\u041F\u0440\u0435\u0432\u044A\u0440\u0442\u0430\u043D\u0435 \u043D\u0430\u0437\u0430\u0434 \u0441 {seconds} \u0441\u0435\u043A\u0443\u043D\u0434\u0438"},fullscreen:{enter:"\u0426\u044F\u043B \u0435\u043A\u0440\u0430\u043D",exit:"\u0418\u0437\u0445\u043E\u0434 \u043E\u0442 \u0446\u044F\u043B \u0435\u043A\u0440\u0430\u043D"},captions:{enable:"\u0412\u043A\u043B\u044E\u0447\u0438 \u0441\u0443\u0431\u0442\u0438\u0442\u0440\u0438",disable:"\u0418\u0437\u043A\u043B\u044E\u0447\u0438 \u0441\u0443\u0431\u0442\u0438\u0442\u0440\u0438"},pip:{enter:"\u041A\u0430\u0440\u0442\u0438\u043D\u0430 \u0432 \u043A\u0430\u0440\u0442\u0438\u043D\u0430",exit:"\u0418\u0437\u0445\u043E\u0434 \u043E\u0442 \u043A\u0430\u0440\u0442\u0438\u043D\u0430 \u0432 \u043A\u0430\u0440\u0442\u0438\u043D\u0430"},live:{playing:"\u041D\u0430 \u0436\u0438\u0432\u043E",seekToEdge:"\u041A\u044A\u043C \u0436\u0438\u0432\u043E\u0442\u043E \u043F\u0440\u0435\u0434\u0430\u0432\u0430\u043D\u0435",badge:"\u041D\u0430 \u0436\u0438\u0432\u043E"},cast:{start:"\u0417\u0430\u043F\u043E\u0447\u043D\u0438 \u0438\u0437\u043B\u044A\u0447\u0432\u0430\u043D\u0435",stop:"\u0421\u043F\u0440\u0438 \u0438\u0437\u043B\u044A\u0447\u0432\u0430\u043D\u0435\u0442\u043E",connecting:"\u0421\u0432\u044A\u0440\u0437\u0432\u0430\u043D\u0435"},airplay:{start:"\u0421\u0442\u0430\u0440\u0442\u0438\u0440\u0430\u043D\u0435 \u043D\u0430 AirPlay",stop:"\u0421\u043F\u0438\u0440\u0430\u043D\u0435 \u043D\u0430 AirPlay"},slider:{seek:"\u041F\u0440\u0435\u0432\u044A\u0440\u0442\u0430\u043D\u0435"},time:{current:"\u0422\u0435\u043A\u0443\u0449\u043E \u0432\u0440\u0435\u043C\u0435",duration:"\u041F\u0440\u043E\u0434\u044A\u043B\u0436\u0438\u0442\u0435\u043B\u043D\u043E\u0441\u0442",remaining:"\u041E\u0441\u0442\u0430\u0432\u0430\u0449\u043E \u0432\u0440\u0435\u043C\u0435",elapsedSuffix:"{duration} \u0438\u0437\u043C\u0438\u043D\u0430\u043B\u043E \u0432\u0440\u0435\u043C\u0435",durationSuffix:"{duration} \u043F\u0440\u043E\u0434\u044A\u043B\u0436\u0438\u0442\u0435\u043B\u043D\u043E\u0441\u0442",remainingSuffix:"\u041E\u0441\u0442\u0430\u0432\u0430\u0442 {duration}",showElapsed:"\u041F\u043E\u043A\u0430\u0437\u0432\u0430\u043D\u0435 \u043D\u0430 \u0438\u0437\u043C\u0438\u043D\u0430\u043B\u043E\u0442\u043E \u0432\u0440\u0435\u043C\u0435, {duration}.",showDuration:"\u041F\u043E\u043A\u0430\u0437\u0432\u0430\u043D\u0435 \u043D\u0430 \u043F\u0440\u043E\u0434\u044A\u043B\u0436\u0438\u0442\u0435\u043B\u043D\u043E\u0441\u0442\u0442\u0430, {duration}.",showRemaining:"\u041F\u043E\u043A\u0430\u0437\u0432\u0430\u043D\u0435 \u043D\u0430 \u043E\u0441\u0442\u0430\u0432\u0430\u0449\u043E\u0442\u043E \u0432\u0440\u0435\u043C\u0435, {duration}.",toggleElapsed:"\u041F\u0440\u0435\u0432\u043A\u043B\u044E\u0447\u0432\u0430\u043D\u0435 \u043C\u0435\u0436\u0434\u0443 \u0438\u0437\u043C\u0438\u043D\u0430\u043B\u043E\u0442\u043E \u0438 \u043E\u0441\u0442\u0430\u0432\u0430\u0449\u043E\u0442\u043E \u0432\u0440\u0435\u043C\u0435.",toggleDuration:"\u041F\u0440\u0435\u0432\u043A\u043B\u044E\u0447\u0432\u0430\u043D\u0435 \u043C\u0435\u0436\u0434\u0443 \u043F\u0440\u043E\u0434\u044A\u043B\u0436\u0438\u0442\u0435\u043B\u043D\u043E\u0441\u0442\u0442\u0430 \u0438 \u043E\u0441\u0442\u0430\u0432\u0430\u0449\u043E\u0442\u043E \u0432\u0440\u0435\u043C\u0435.",position:"{current} \u043E\u0442 {duration}",unknown:"\u041C\u0435\u0434\u0438\u044F\u0442\u0430 \u043D\u0435 \u0435 \u0437\u0430\u0440\u0435\u0434\u0435\u043D\u0430, \u0432\u0440\u0435\u043C\u0435\u0442\u043E \u0435 \u043D\u0435\u0438\u0437\u0432\u0435\u0441\u0442\u043D\u043E."},playback:{rate:"\u0421\u043A\u043E\u0440\u043E\u0441\u0442 \u043D\u0430 \u0432\u044A\u0437\u043F\u0440\u043E\u0438\u0437\u0432\u0435\u0436\u0434\u0430\u043D\u0435 {rate}"},volume:{mutedValue:"{percent}, \u0431\u0435\u0437 \u0437\u0432\u0443\u043A",muted:"\u0411\u0435\u0437 \u0437\u0432\u0443\u043A",label:"\u0421\u0438\u043B\u0430 \u043D\u0430 \u0437\u0432\u0443\u043A\u0430",value:"\u0421\u0438\u043B\u0430 \u043D\u0430 \u0437\u0432\u0443\u043A\u0430 {value}"},status:{captionsOn:"\u0421\u0443\u0431\u0442\u0438\u0442\u0440\u0438 \u0432\u043A\u043B\u044E\u0447\u0435\u043D\u0438",captionsOff:"\u0421\u0443\u0431\u0442\u0438\u0442\u0440\u0438 \u0438\u0437\u043A\u043B\u044E\u0447\u0435\u043D\u0438",paused:"\u041D\u0430 \u043F\u0430\u0443\u0437\u0430",playing:"\u0412\u044A\u0437\u043F\u0440\u043E\u0438\u0437\u0432\u0435\u0436\u0434\u0430\u043D\u0435",fullscreen:"\u0426\u044F\u043B \u0435\u043A\u0440\u0430\u043D",pip:"\u041A\u0430\u0440\u0442\u0438\u043D\u0430 \u0432 \u043A\u0430\u0440\u0442\u0438\u043D\u0430",exitPip:"\u0418\u0437\u0445\u043E\u0434 \u043E\u0442 \u043A\u0430\u0440\u0442\u0438\u043D\u0430 \u0432 \u043A\u0430\u0440\u0442\u0438\u043D\u0430",seekedTo:"\u041F\u0440\u0435\u043C\u0435\u0441\u0442\u0435\u043D\u043E \u043D\u0430 {time}"},container:{label:"\u041C\u0435\u0434\u0438\u0435\u043D \u043F\u043B\u0435\u0439\u044A\u0440"},errors:{aborted:"\u0421\u043F\u0440\u044F\u0445\u0442\u0435 \u0432\u044A\u0437\u043F\u0440\u043E\u0438\u0437\u0432\u0435\u0436\u0434\u0430\u043D\u0435\u0442\u043E \u043D\u0430 \u0432\u0438\u0434\u0435\u043E\u0442\u043E",network:"\u0413\u0440\u0435\u0448\u043A\u0430 \u0432 \u043C\u0440\u0435\u0436\u0430\u0442\u0430 \u043F\u0440\u043E\u0432\u0430\u043B\u0438 \u0438\u0437\u0442\u0435\u0433\u043B\u044F\u043D\u0435\u0442\u043E \u043D\u0430 \u0432\u0438\u0434\u0435\u043E\u0442\u043E.",decode:"\u0412\u044A\u0437\u043F\u0440\u043E\u0438\u0437\u0432\u0435\u0436\u0434\u0430\u043D\u0435\u0442\u043E \u043D\u0430 \u0432\u0438\u0434\u0435\u043E\u0442\u043E \u0431\u0435\u0448\u0435 \u043F\u0440\u0435\u043A\u044A\u0441\u043D\u0430\u0442\u043E \u0437\u0430\u0440\u0430\u0434\u0438 \u043F\u0440\u043E\u0431\u043B\u0435\u043C \u0441 \u0444\u0430\u0439\u043B\u0430 \u0438\u043B\u0438 \u0437\u0430\u0449\u043E\u0442\u043E \u0432\u0438\u0434\u0435\u043E\u0442\u043E \u0438\u0437\u043F\u043E\u043B\u0437\u0432\u0430 \u043E\u043F\u0446\u0438\u0438 \u043A\u043E\u0438\u0442\u043E \u0431\u0440\u0430\u0443\u0437\u044A\u0440\u044A\u0442 \u0412\u0438 \u043D\u0435 \u043F\u043E\u0434\u0434\u044A\u0440\u0436\u0430.",source:"\u0412\u0438\u0434\u0435\u043E\u0442\u043E \u043D\u0435 \u043C\u043E\u0436\u0435 \u0434\u0430 \u0431\u044A\u0434\u0435 \u0437\u0430\u0440\u0435\u0434\u0435\u043D\u043E \u0437\u0430\u0440\u0430\u0434\u0438 \u043F\u0440\u043E\u0431\u043B\u0435\u043C \u0441\u044A\u0441 \u0441\u044A\u0440\u0432\u044A\u0440\u0430 \u0438\u043B\u0438 \u043C\u0440\u0435\u0436\u0430\u0442\u0430 \u0438\u043B\u0438 \u0437\u0430\u0449\u043E\u0442\u043E \u0442\u043E\u0437\u0438 \u0444\u043E\u0440\u043C\u0430\u0442 \u043D\u0435 \u0435 \u043F\u043E\u0434\u0434\u044A\u0440\u0436\u0430\u043D.",encrypted:"\u041C\u0435\u0434\u0438\u044F\u0442\u0430 \u0435 \u0448\u0438\u0444\u0440\u043E\u0432\u0430\u043D\u0430 \u0438 \u043D\u044F\u043C\u0430 \u043A\u043B\u044E\u0447\u043E\u0432\u0435 \u0437\u0430 \u0434\u0435\u0448\u0438\u0444\u0440\u0438\u0440\u0430\u043D\u0435.",unplayable:"\u0422\u043E\u0437\u0438 \u043C\u0435\u0434\u0438\u0435\u043D \u0444\u0430\u0439\u043B \u043D\u0435 \u0441\u0435 \u043F\u043E\u0434\u0434\u044A\u0440\u0436\u0430 \u043E\u0442 \u043F\u043B\u0435\u0439\u044A\u0440\u0430.",title:"\u041D\u0435\u0449\u043E \u0441\u0435 \u043E\u0431\u044A\u0440\u043A\u0430.",unexpected:"\u0412\u044A\u0437\u043D\u0438\u043A\u043D\u0430 \u0433\u0440\u0435\u0448\u043A\u0430. \u041C\u043E\u043B\u044F, \u043E\u043F\u0438\u0442\u0430\u0439\u0442\u0435 \u043E\u0442\u043D\u043E\u0432\u043E."},common:{empty:"",ok:"OK"},menu:{settings:"\u041D\u0430\u0441\u0442\u0440\u043E\u0439\u043A\u0438",quality:"\u041A\u0430\u0447\u0435\u0441\u0442\u0432\u043E",audio:"\u0410\u0443\u0434\u0438\u043E",default:"\u041F\u043E \u043F\u043E\u0434\u0440\u0430\u0437\u0431\u0438\u0440\u0430\u043D\u0435",speed:"\u0421\u043A\u043E\u0440\u043E\u0441\u0442",captions:"\u041D\u0430\u0434\u043F\u0438\u0441\u0438",playbackRate:"\u0421\u043A\u043E\u0440\u043E\u0441\u0442 \u043D\u0430 \u0432\u044A\u0437\u043F\u0440\u043E\u0438\u0437\u0432\u0435\u0436\u0434\u0430\u043D\u0435",back:"\u041D\u0430\u0437\u0430\u0434",off:"\u0418\u0437\u043A\u043B.",auto:"\u0410\u0432\u0442\u043E",autoWithLabel:"\u0410\u0432\u0442\u043E ({label})",subtitles:"\u0421\u0443\u0431\u0442\u0438\u0442\u0440\u0438"}}});var Hu={};_(Hu,{default:()=>L0});var L0,qu=j(()=>{L0={buttons:{play:"\u09AA\u09CD\u09B2\u09C7 \u0995\u09B0\u09C1\u09A8",pause:"\u09AC\u09BF\u09B0\u09A4\u09BF",replay:"\u09AA\u09C1\u09A8\u09B0\u09BE\u09AF\u09BC \u099A\u09BE\u09B2\u09BE\u09A8",mute:"\u09AE\u09BF\u0989\u099F",unmute:"\u0986\u09A8\u09AE\u09BF\u0989\u099F"},seek:{forward:"{seconds} \u09B8\u09C7\u0995\u09C7\u09A8\u09CD\u09A1 \u0986\u0997\u09BE\u09A8",backward:"{seconds} \u09B8\u09C7\u0995\u09C7\u09A8\u09CD\u09A1 \u09AA\u09C7\u099B\u09BE\u09A8"},fullscreen:{enter:"\u09AB\u09C1\u09B2\u09B8\u09CD\u0995\u09CD\u09B0\u09BF\u09A8",exit:"\u09AB\u09C1\u09B2\u09B8\u09CD\u0995\u09CD\u09B0\u09BF\u09A8 \u09AC\u09A8\u09CD\u09A7 \u0995\u09B0\u09C1\u09A8"},captions:{enable:"\u0995\u09CD\u09AF\u09BE\u09AA\u09B6\u09A8",disable:"\u0995\u09CD\u09AF\u09BE\u09AA\u09B6\u09A8 \u09AC\u09A8\u09CD\u09A7 \u0995\u09B0\u09C1\u09A8"},pip:{enter:"\u09AA\u09BF\u0995\u099A\u09BE\u09B0-\u0987\u09A8-\u09AA\u09BF\u0995\u099A\u09BE\u09B0",exit:"\u09AA\u09BF\u0995\u099A\u09BE\u09B0-\u0987\u09A8-\u09AA\u09BF\u0995\u099A\u09BE\u09B0 \u09AC\u09A8\u09CD\u09A7 \u0995\u09B0\u09C1\u09A8"},live:{playing:"\u09B2\u09BE\u0987\u09AD \u099A\u09B2\u099B\u09C7",seekToEdge:"\u09B2\u09BE\u0987\u09AD\u09C7 \u09AF\u09BE\u09A8",badge:"\u09B2\u09BE\u0987\u09AD"},cast:{start:"\u0995\u09BE\u09B8\u09CD\u099F\u09BF\u0982 \u09B6\u09C1\u09B0\u09C1 \u0995\u09B0\u09C1\u09A8",stop:"\u0995\u09BE\u09B8\u09CD\u099F\u09BF\u0982 \u09AC\u09A8\u09CD\u09A7 \u0995\u09B0\u09C1\u09A8",connecting:"\u09B8\u0982\u09AF\u09C1\u0995\u09CD\u09A4 \u09B9\u099A\u09CD\u099B\u09C7"},airplay:{start:"AirPlay \u09B6\u09C1\u09B0\u09C1 \u0995\u09B0\u09C1\u09A8",stop:"AirPlay \u09AC\u09A8\u09CD\u09A7 \u0995\u09B0\u09C1\u09A8"},slider:{seek:"\u09AA\u099C\u09BF\u09B6\u09A8 \u09AA\u09B0\u09BF\u09AC\u09B0\u09CD\u09A4\u09A8"},time:{current:"\u09AC\u09B0\u09CD\u09A4\u09AE\u09BE\u09A8 \u09B8\u09AE\u09AF\u09BC",duration:"\u09AE\u09CB\u099F \u09B8\u09AE\u09AF\u09BC",remaining:"\u0985\u09AC\u09B6\u09BF\u09B7\u09CD\u099F \u09B8\u09AE\u09AF\u09BC",elapsedSuffix:"{duration} \u0985\u09A4\u09BF\u0995\u09CD\u09B0\u09BE\u09A8\u09CD\u09A4 \u09B8\u09AE\u09AF\u09BC",durationSuffix:"{duration} \u09AE\u09CB\u099F \u09B8\u09AE\u09AF\u09BC",remainingSuffix:"\u09AC\u09BE\u0995\u09BF {duration}",showElapsed:"\u0985\u09A4\u09BF\u0995\u09CD\u09B0\u09BE\u09A8\u09CD\u09A4 \u09B8\u09AE\u09AF\u09BC \u09A6\u09C7\u0996\u09BE\u09A8, {duration}.",showDuration:"\u09AE\u09CB\u099F \u09B8\u09AE\u09AF\u09BC \u09A6\u09C7\u0996\u09BE\u09A8, {duration}.",showRemaining:"\u09AC\u09BE\u0995\u09BF \u09B8\u09AE\u09AF\u09BC \u09A6\u09C7\u0996\u09BE\u09A8, {duration}.",toggleElapsed:"\u0985\u09A4\u09BF\u0995\u09CD\u09B0\u09BE\u09A8\u09CD\u09A4 \u09B8\u09AE\u09AF\u09BC \u0993 \u09AC\u09BE\u0995\u09BF \u09B8\u09AE\u09AF\u09BC\u09C7\u09B0 \u09AE\u09A7\u09CD\u09AF\u09C7 \u099F\u0997\u09B2 \u0995\u09B0\u09C1\u09A8\u0964",toggleDuration:"\u09AE\u09CB\u099F \u09B8\u09AE\u09AF\u09BC \u0993 \u09AC\u09BE\u0995\u09BF \u09B8\u09AE\u09AF\u09BC\u09C7\u09B0 \u09AE\u09A7\u09CD\u09AF\u09C7 \u099F\u0997\u09B2 \u0995\u09B0\u09C1\u09A8\u0964",position:"{duration} \u098F\u09B0 \u09AE\u09A7\u09CD\u09AF\u09C7 {current}",unknown:"\u09AE\u09BF\u09A1\u09BF\u09AF\u09BC\u09BE \u09B2\u09CB\u09A1 \u09B9\u09AF\u09BC\u09A8\u09BF, \u09B8\u09AE\u09AF\u09BC \u0985\u099C\u09BE\u09A8\u09BE\u0964"},playback:{rate:"\u09AA\u09CD\u09B2\u09C7\u09AC\u09CD\u09AF\u09BE\u0995 \u09B0\u09C7\u099F {rate}"},volume:{mutedValue:"{percent}, \u09A8\u09BF\u0983\u09B6\u09AC\u09CD\u09A6",muted:"\u09A8\u09BF\u0983\u09B6\u09AC\u09CD\u09A6",label:"\u09AD\u09B2\u09BF\u0989\u09AE",value:"\u09AD\u09B2\u09BF\u0989\u09AE {value}"},status:{captionsOn:"\u0995\u09CD\u09AF\u09BE\u09AA\u09B6\u09A8 \u099A\u09BE\u09B2\u09C1",captionsOff:"\u0995\u09CD\u09AF\u09BE\u09AA\u09B6\u09A8 \u09AC\u09A8\u09CD\u09A7",paused:"\u09AC\u09BF\u09B0\u09A4\u09BF",playing:"\u099A\u09B2\u099B\u09C7",fullscreen:"\u09AB\u09C1\u09B2\u09B8\u09CD\u0995\u09CD\u09B0\u09BF\u09A8",pip:"\u09AA\u09BF\u0995\u099A\u09BE\u09B0-\u0987\u09A8-\u09AA\u09BF\u0995\u099A\u09BE\u09B0",exitPip:"\u09AA\u09BF\u0995\u099A\u09BE\u09B0-\u0987\u09A8-\u09AA\u09BF\u0995\u099A\u09BE\u09B0 \u09AC\u09A8\u09CD\u09A7 \u0995\u09B0\u09C1\u09A8",seekedTo:"{time}-\u098F \u09AF\u09BE\u0993\u09AF\u09BC\u09BE \u09B9\u09AF\u09BC\u09C7\u099B\u09C7"},container:{label:"\u09AE\u09BF\u09A1\u09BF\u09AF\u09BC\u09BE \u09AA\u09CD\u09B2\u09C7\u09AF\u09BC\u09BE\u09B0"},errors:{aborted:"\u0986\u09AA\u09A8\u09BF \u09AE\u09BF\u09A1\u09BF\u09AF\u09BC\u09BE \u09AA\u09CD\u09B2\u09C7\u09AC\u09CD\u09AF\u09BE\u0995 \u09AC\u09BE\u09A4\u09BF\u09B2 \u0995\u09B0\u09C7\u099B\u09C7\u09A8",network:"\u09A8\u09C7\u099F\u0993\u09AF\u09BC\u09BE\u09B0\u09CD\u0995 \u09A4\u09CD\u09B0\u09C1\u099F\u09BF\u09B0 \u0995\u09BE\u09B0\u09A3\u09C7 \u09AE\u09BF\u09A1\u09BF\u09AF\u09BC\u09BE \u09A1\u09BE\u0989\u09A8\u09B2\u09CB\u09A1 \u0986\u0982\u09B6\u09BF\u0995\u09AD\u09BE\u09AC\u09C7 \u09AC\u09CD\u09AF\u09B0\u09CD\u09A5 \u09B9\u09AF\u09BC\u09C7\u099B\u09C7\u0964",decode:"\u0995\u09CB\u09A8\u09CB \u09B8\u09AE\u09B8\u09CD\u09AF\u09BE\u09B0 \u0995\u09BE\u09B0\u09A3\u09C7 \u0985\u09A5\u09AC\u09BE \u0986\u09AA\u09A8\u09BE\u09B0 \u09AC\u09CD\u09B0\u09BE\u0989\u099C\u09BE\u09B0 \u09B8\u09BE\u09AA\u09CB\u09B0\u09CD\u099F \u09A8\u09BE \u0995\u09B0\u09BE\u09DF \u09AE\u09BF\u09A1\u09BF\u09AF\u09BC\u09BE \u09AA\u09CD\u09B2\u09C7\u09AC\u09CD\u09AF\u09BE\u0995 \u09AC\u09BE\u09A4\u09BF\u09B2 \u0995\u09B0\u09BE \u09B9\u09AF\u09BC\u09C7\u099B\u09C7\u0964",source:"\u09B8\u09BE\u09B0\u09CD\u09AD\u09BE\u09B0 \u09AC\u09BE \u09A8\u09C7\u099F\u0993\u09AF\u09BC\u09BE\u09B0\u09CD\u0995\u09C7\u09B0 \u09B8\u09AE\u09B8\u09CD\u09AF\u09BE \u0985\u09A5\u09AC\u09BE \u09AB\u09BE\u0987\u09B2 \u09AB\u09B0\u09AE\u09CD\u09AF\u09BE\u099F \u09B8\u09BE\u09AA\u09CB\u09B0\u09CD\u099F \u09A8\u09BE \u0995\u09B0\u09BE\u09DF \u09AE\u09BF\u09A1\u09BF\u09AF\u09BC\u09BE \u09B2\u09CB\u09A1 \u0995\u09B0\u09BE \u09AF\u09BE\u09DF\u09A8\u09BF\u0964",encrypted:"\u09AE\u09BF\u09A1\u09BF\u09AF\u09BC\u09BE\u099F\u09BF \u098F\u09A8\u0995\u09CD\u09B0\u09BF\u09AA\u09CD\u099F \u0995\u09B0\u09BE, \u09AF\u09BE \u09A1\u09BF\u0995\u09CD\u09B0\u09BF\u09AA\u09CD\u099F \u0995\u09B0\u09BE \u09B8\u09AE\u09CD\u09AD\u09AC \u09A8\u09DF\u0964",unplayable:"\u098F\u0987 \u09AE\u09BF\u09A1\u09BF\u09AF\u09BC\u09BE\u099F\u09BF \u09AA\u09CD\u09B2\u09C7\u09DF\u09BE\u09B0\u09C7 \u09B8\u09BE\u09AA\u09CB\u09B0\u09CD\u099F \u0995\u09B0\u099B\u09C7 \u09A8\u09BE\u0964",title:"\u0995\u09BF\u099B\u09C1 \u098F\u0995\u099F\u09BE \u09AD\u09C1\u09B2 \u09B9\u09AF\u09BC\u09C7\u099B\u09C7\u0964",unexpected:"\u098F\u0995\u099F\u09BF \u09A4\u09CD\u09B0\u09C1\u099F\u09BF \u0998\u099F\u09C7\u099B\u09C7\u0964 \u0986\u09AC\u09BE\u09B0 \u099A\u09C7\u09B7\u09CD\u099F\u09BE \u0995\u09B0\u09C1\u09A8\u0964"},common:{empty:"",ok:"\u09A0\u09BF\u0995 \u0986\u099B\u09C7"},menu:{settings:"\u09B8\u09C7\u099F\u09BF\u0982\u09B8",quality:"\u0995\u09CB\u09AF\u09BC\u09BE\u09B2\u09BF\u099F\u09BF",audio:"\u0985\u09A1\u09BF\u0993",default:"\u09A1\u09BF\u09AB\u09B2\u09CD\u099F",speed:"\u0997\u09A4\u09BF",captions:"\u0995\u09CD\u09AF\u09BE\u09AA\u09B6\u09A8",playbackRate:"\u09AA\u09CD\u09B2\u09C7\u09AC\u09CD\u09AF\u09BE\u0995 \u0997\u09A4\u09BF",back:"\u09AA\u09C7\u099B\u09A8\u09C7",off:"\u09AC\u09A8\u09CD\u09A7",auto:"\u09B8\u09CD\u09AC\u09AF\u09BC\u0982\u0995\u09CD\u09B0\u09BF\u09AF\u09BC",autoWithLabel:"\u09B8\u09CD\u09AC\u09AF\u09BC\u0982\u0995\u09CD\u09B0\u09BF\u09AF\u09BC ({label})",subtitles:"\u09B8\u09BE\u09AC\u099F\u09BE\u0987\u099F\u09C7\u09B2"}}});var Wu={};_(Wu,{default:()=>N0});var N0,Ku=j(()=>{N0={buttons:{play:"Reproduir",pause:"Pausa",replay:"Repetir",mute:"Silenciar",unmute:"Activar el so"},seek:{forward:"Salta endavant {seconds} segons",backward:"Salta enrere {seconds} segons"},fullscreen:{enter:"Pantalla completa",exit:"Surt de pantalla completa"},captions:{enable:"Activa subt\xEDtols",disable:"Desactiva subt\xEDtols"},pip:{enter:"Imatge en imatge",exit:"Sortir de la imatge en imatge"},live:{playing:"Reproducci\xF3 en directe",seekToEdge:"Anar al directe",badge:"En directe"},cast:{start:"Comen\xE7a a emetre",stop:"Atura la transmissi\xF3",connecting:"Connectant"},airplay:{start:"Inicia AirPlay",stop:"Atura AirPlay"},slider:{seek:"Despla\xE7ament"},time:{current:"Temps actual",duration:"Durada",remaining:"Temps restant",elapsedSuffix:"{duration} de temps transcorregut",durationSuffix:"{duration} de durada",remainingSuffix:"Queden {duration}",showElapsed:"Mostra el temps transcorregut, {duration}.",showDuration:"Mostra la durada, {duration}.",showRemaining:"Mostra el temps restant, {duration}.",toggleElapsed:"Alterna entre el temps transcorregut i el temps restant.",toggleDuration:"Alterna entre la durada i el temps restant.",position:"{current} de {duration}",unknown:"Contingut multim\xE8dia no carregat, temps desconegut."},playback:{rate:"Velocitat de reproducci\xF3 {rate}"},volume:{mutedValue:"{percent}, silenciat",muted:"Silenciat",label:"Volum",value:"Volum {value}"},status:{captionsOn:"Llegendes activades",captionsOff:"Llegendes desactivades",paused:"En pausa",playing:"Reproduint",fullscreen:"Pantalla completa",pip:"Imatge en imatge",exitPip:"Surt de la imatge en imatge",seekedTo:"S'ha saltat a {time}"},container:{label:"Reproductor multim\xE8dia"},errors:{aborted:"Has interromput la reproducci\xF3 del contingut",network:"Un error de xarxa ha interromput la desc\xE0rrega del contingut.",decode:"La reproducci\xF3 del contingut s'ha interromput a causa d'un problema de corrupci\xF3 o perqu\xE8 el contingut fa servir funcions que el teu navegador no suporta.",source:"No s'ha pogut carregar el contingut, ja sigui perqu\xE8 el servidor o la xarxa han fallat o perqu\xE8 el format no est\xE0 suportat.",encrypted:"El contingut est\xE0 xifrat i no disposem de les claus per desxifrar-lo.",unplayable:"El reproductor no admet aquest mitj\xE0.",title:"Alguna cosa ha anat malament.",unexpected:"S'ha produ\xEFt un error. Torneu-ho a intentar."},common:{empty:"",ok:"Tancar"},menu:{settings:"Configuraci\xF3",quality:"Qualitat",audio:"\xC0udio",default:"Predeterminat",speed:"Velocitat",captions:"Subt\xEDtols",playbackRate:"Velocitat de reproducci\xF3",back:"Enrere",off:"Desactivat",auto:"Autom\xE0tic",autoWithLabel:"Autom\xE0tic ({label})",subtitles:"Subt\xEDtols"}}});var Gu={};_(Gu,{default:()=>z0});var z0,$u=j(()=>{z0={buttons:{play:"P\u0159ehr\xE1t",pause:"Pozastavit",replay:"P\u0159ehr\xE1t znovu",mute:"Ztlumit",unmute:"Zru\u0161it ztlumen\xED"},seek:{forward:"Posunout vp\u0159ed o {seconds} sekund",backward:"Posunout zp\u011Bt o {seconds} sekund"},fullscreen:{enter:"Cel\xE1 obrazovka",exit:"Ukon\u010Dit celou obrazovku"},captions:{enable:"Zapnout titulky",disable:"Vypnout titulky"},pip:{enter:"Obraz v obraze",exit:"Ukon\u010Dit obraz v obraze"},live:{playing:"P\u0159ehr\xE1v\xE1 se \u017Eiv\u011B",seekToEdge:"P\u0159ej\xEDt na \u017Eiv\xE9 vys\xEDl\xE1n\xED",badge:"\u017Div\u011B"},cast:{start:"Za\u010D\xEDt p\u0159en\xE1\u0161et",stop:"Zastavit p\u0159enos",connecting:"P\u0159ipojov\xE1n\xED"},airplay:{start:"Spustit AirPlay",stop:"Zastavit AirPlay"},slider:{seek:"Posun"},time:{current:"Aktu\xE1ln\xED \u010Das",duration:"Doba trv\xE1n\xED",remaining:"Zb\xFDvaj\xEDc\xED \u010Das",elapsedSuffix:"{duration} uplynul\xE9ho \u010Dasu",durationSuffix:"{duration} doby trv\xE1n\xED",remainingSuffix:"Zb\xFDv\xE1 {duration}",showElapsed:"Zobrazit uplynul\xFD \u010Das, {duration}.",showDuration:"Zobrazit d\xE9lku, {duration}.",showRemaining:"Zobrazit zb\xFDvaj\xEDc\xED \u010Das, {duration}.",toggleElapsed:"P\u0159ep\xEDn\xE1n\xED mezi uplynul\xFDm a zb\xFDvaj\xEDc\xEDm \u010Dasem.",toggleDuration:"P\u0159ep\xEDn\xE1n\xED mezi dobou trv\xE1n\xED a zb\xFDvaj\xEDc\xEDm \u010Dasem.",position:"{current} z {duration}",unknown:"M\xE9dium se nena\u010Detlo, \u010Das nen\xED zn\xE1m\xFD."},playback:{rate:"Rychlost p\u0159ehr\xE1v\xE1n\xED {rate}"},volume:{mutedValue:"{percent}, ztlumeno",muted:"Ztlumeno",label:"Hlasitost",value:"Hlasitost {value}"},status:{captionsOn:"Popisky zapnuty",captionsOff:"Popisky vypnuty",paused:"Pozastaveno",playing:"P\u0159ehr\xE1v\xE1n\xED",fullscreen:"Cel\xE1 obrazovka",pip:"Obraz v obraze",exitPip:"Ukon\u010Dit obraz v obraze",seekedTo:"P\u0159esunuto na {time}"},container:{label:"P\u0159ehr\xE1va\u010D m\xE9di\xED"},errors:{aborted:"P\u0159ehr\xE1v\xE1n\xED videa bylo p\u0159eru\u0161eno.",network:"Video nemohlo b\xFDt na\u010Dteno kv\u016Fli chyb\u011B v s\xEDti.",decode:"V\xE1\u0161 prohl\xED\u017Ee\u010D nepodporuje tento form\xE1t videa.",source:"Video nemohlo b\xFDt na\u010Dteno, bu\u010F kv\u016Fli chyb\u011B serveru, s\xEDt\u011B nebo proto, \u017Ee dan\xFD form\xE1t nen\xED podporov\xE1n.",encrypted:"Chyba p\u0159i de\u0161ifrov\xE1n\xED videa.",unplayable:"Toto m\xE9dium p\u0159ehr\xE1va\u010D nepodporuje.",title:"N\u011Bco se pokazilo.",unexpected:"Do\u0161lo k chyb\u011B. Zkuste to pros\xEDm znovu."},common:{empty:"",ok:"Zav\u0159\xEDt"},menu:{settings:"Nastaven\xED",quality:"Kvalita",audio:"Zvuk",default:"V\xFDchoz\xED",speed:"Rychlost",captions:"Titulky",playbackRate:"Rychlost p\u0159ehr\xE1v\xE1n\xED",back:"Zp\u011Bt",off:"Vypnuto",auto:"Automaticky",autoWithLabel:"Automaticky ({label})",subtitles:"Titulky"}}});var Yu={};_(Yu,{default:()=>V0});var V0,Xu=j(()=>{V0={buttons:{play:"Chwarae",pause:"Oedi",replay:"Ailchwarae",mute:"Pylu",unmute:"Dad-bylu"},seek:{forward:"Neidla ymlaen {seconds} eiliad",backward:"Neidla yn \xF4l {seconds} eiliad"},fullscreen:{enter:"Sgr\xEEn Lawn",exit:"Gadael sgr\xEEn lawn"},captions:{enable:"Galluogi capsiynau",disable:"Analluogi capsiynau"},pip:{enter:"Llun mewn llun",exit:"Gadael llun mewn llun"},live:{playing:"Yn chwarae\u2019n fyw",seekToEdge:"Mynd i\u2019r ymyl byw",badge:"Yn fyw"},cast:{start:"Dechrau bwrw",stop:"Stopio bwrw",connecting:"Cysylltu"},airplay:{start:"Cychwyn AirPlay",stop:"Stopio AirPlay"},slider:{seek:"Chwilio"},time:{current:"Amser Cyfredol",duration:"Parhad",remaining:"Amser ar \xF4l",elapsedSuffix:"{duration} o'r amser a aeth heibio",durationSuffix:"{duration} o hyd",remainingSuffix:"{duration} yn weddill",showElapsed:"Dangos yr amser a aeth heibio, {duration}.",showDuration:"Dangos hyd, {duration}.",showRemaining:"Dangos yr amser sy'n weddill, {duration}.",toggleElapsed:"Toglo rhwng yr amser a aeth heibio a'r amser sy'n weddill.",toggleDuration:"Toglo rhwng yr hyd a'r amser sy'n weddill.",position:"{current} o {duration}",unknown:"Nid yw'r cyfrwng wedi llwytho, amser anhysbys."},playback:{rate:"Cyfradd Chwarae {rate}"},volume:{mutedValue:"{percent}, mud",muted:"Mud",label:"Sain",value:"Sain {value}"},status:{captionsOn:"Capsiynau ymlaen",captionsOff:"Capsiynau i ffwrdd",paused:"Wedi oedi",playing:"Yn chwarae",fullscreen:"Sgr\xEEn lawn",pip:"Llun mewn llun",exitPip:"Gadael llun mewn llun",seekedTo:"Wedi symud i {time}"},container:{label:"Chwaraewr cyfryngau"},errors:{aborted:"Atalwyd y fideo gennych",network:"Mae gwall rhwydwaith wedi achosi methiant lawrlwytho.",decode:"Atalwyd y fideo oherwydd problem llygredd data neu oherwydd nid yw'ch porwr yn cefnogi nodweddion penodol o'r fideo.",source:"Ni lwythodd y fideo, oherwydd methiant gweinydd neu rwydwaith, neu achos nid yw'r system yn cefnogi'r fformat.",encrypted:"Mae'r fideo wedi ei amgryptio ac nid oes allweddion gennym.",unplayable:"Nid yw'r chwaraewr yn cefnogi'r cyfrwng hwn.",title:"Aeth rhywbeth o'i le.",unexpected:"Digwyddodd gwall. Ceisiwch eto."},common:{empty:"",ok:"Cau"},menu:{settings:"Gosodiadau",quality:"Ansawdd",audio:"Sain",default:"Rhagosodedig",speed:"Cyflymder",captions:"Capsiynau",playbackRate:"Cyfradd chwarae",back:"Yn \xF4l",off:"I ffwrdd",auto:"Awtomatig",autoWithLabel:"Awtomatig ({label})",subtitles:"Isdeitlau"}}});var Zu={};_(Zu,{default:()=>F0});var F0,Qu=j(()=>{F0={buttons:{play:"Afspil",pause:"Pause",replay:"Afspil igen",mute:"Uden lyd",unmute:"Med lyd"},seek:{forward:"Spring {seconds} sekunder frem",backward:"Spring {seconds} sekunder tilbage"},fullscreen:{enter:"Fuldsk\xE6rm",exit:"Luk fuldsk\xE6rm"},captions:{enable:"Aktiv\xE9r undertekster",disable:"Deaktiver undertekster"},pip:{enter:"Billede-i-billede",exit:"Afslut billede-i-billede"},live:{playing:"Afspiller live",seekToEdge:"G\xE5 til live",badge:"Live"},cast:{start:"Start afsendelse",stop:"Stop afsendelse",connecting:"Forbinder"},airplay:{start:"Start AirPlay",stop:"Stop AirPlay"},slider:{seek:"Spol"},time:{current:"Aktuel tid",duration:"Varighed",remaining:"Resterende tid",elapsedSuffix:"{duration} forl\xF8bet tid",durationSuffix:"{duration} varighed",remainingSuffix:"{duration} tilbage",showElapsed:"Vis forl\xF8bet tid, {duration}.",showDuration:"Vis varighed, {duration}.",showRemaining:"Vis resterende tid, {duration}.",toggleElapsed:"Skift mellem forl\xF8bet og resterende tid.",toggleDuration:"Skift mellem varighed og resterende tid.",position:"{current} af {duration}",unknown:"Mediet er ikke indl\xE6st, tidspunktet er ukendt."},playback:{rate:"Afspilningsrate {rate}"},volume:{mutedValue:"{percent}, lydl\xF8s",muted:"Lydl\xF8s",label:"Lydstyrke",value:"Lydstyrke {value}"},status:{captionsOn:"Undertekster til",captionsOff:"Undertekster fra",paused:"Pauseret",playing:"Afspiller",fullscreen:"Fuldsk\xE6rm",pip:"Billede i billede",exitPip:"Afslut billede i billede",seekedTo:"Sprunget til {time}"},container:{label:"Medieafspiller"},errors:{aborted:"Du afbr\xF8d videoafspilningen.",network:"En netv\xE6rksfejl fik download af videoen til at fejle.",decode:"Videoafspilningen blev afbrudt p\xE5 grund af \xF8delagte data eller fordi videoen benyttede faciliteter som din browser ikke underst\xF8tter.",source:"Videoen kunne ikke indl\xE6ses, enten fordi serveren eller netv\xE6rket fejlede, eller fordi formatet ikke er underst\xF8ttet.",encrypted:"Mediet er krypteret, og der er ingen n\xF8gler til at dekryptere det.",unplayable:"Denne mediefil underst\xF8ttes ikke af afspilleren.",title:"Noget gik galt.",unexpected:"Der opstod en fejl. Pr\xF8v igen."},common:{empty:"",ok:"OK"},menu:{settings:"Indstillinger",quality:"Kvalitet",audio:"Lyd",default:"Standard",speed:"Hastighed",captions:"Undertekster",playbackRate:"Afspilningshastighed",back:"Tilbage",off:"Fra",auto:"Auto",autoWithLabel:"Auto ({label})",subtitles:"Undertekster"}}});var Ju={};_(Ju,{default:()=>j0});var j0,ep=j(()=>{j0={buttons:{play:"Wiedergabe",pause:"Pause",replay:"Erneut abspielen",mute:"Stumm schalten",unmute:"Ton einschalten"},seek:{forward:"{seconds} Sekunden vorw\xE4rts",backward:"{seconds} Sekunden zur\xFCck"},fullscreen:{enter:"Vollbild",exit:"Vollbild beenden"},captions:{enable:"Untertitel einschalten",disable:"Untertitel ausschalten"},pip:{enter:"Bild-im-Bild-Modus",exit:"Bild-im-Bild-Modus beenden"},live:{playing:"Wird live wiedergegeben",seekToEdge:"Zum Live-Rand springen",badge:"Live"},cast:{start:"\xDCbertragung starten",stop:"\xDCbertragung beenden",connecting:"Verbinden"},airplay:{start:"AirPlay starten",stop:"AirPlay stoppen"},slider:{seek:"Spule"},time:{current:"Aktueller Zeitpunkt",duration:"Dauer",remaining:"Verbleibende Zeit",elapsedSuffix:"{duration} verstrichene Zeit",durationSuffix:"{duration} Dauer",remainingSuffix:"Noch {duration}",showElapsed:"Verstrichene Zeit anzeigen, {duration}.",showDuration:"Dauer anzeigen, {duration}.",showRemaining:"Verbleibende Zeit anzeigen, {duration}.",toggleElapsed:"Zwischen verstrichener und verbleibender Zeit wechseln.",toggleDuration:"Zwischen Dauer und verbleibender Zeit wechseln.",position:"{current} von {duration}",unknown:"Medien nicht geladen, unbekannte Zeit."},playback:{rate:"Wiedergabegeschwindigkeit {rate}"},volume:{mutedValue:"{percent}, stummgeschaltet",muted:"Stummgeschaltet",label:"Lautst\xE4rke",value:"Lautst\xE4rke {value}"},status:{captionsOn:"Untertitel ein",captionsOff:"Untertitel aus",paused:"Pausiert",playing:"Wird wiedergegeben",fullscreen:"Vollbild",pip:"Bild-in-Bild",exitPip:"Bild-in-Bild beenden",seekedTo:"Zu {time} gesprungen"},container:{label:"Mediaplayer"},errors:{aborted:"Sie haben die Videowiedergabe abgebrochen.",network:"Der Videodownload ist aufgrund eines Netzwerkfehlers fehlgeschlagen.",decode:"Die Videowiedergabe wurde entweder wegen eines Problems mit einem besch\xE4digten Video oder wegen verwendeten Funktionen, die vom Browser nicht unterst\xFCtzt werden, abgebrochen.",source:"Das Video konnte nicht geladen werden, da entweder ein Server- oder Netzwerkfehler auftrat oder das Format nicht unterst\xFCtzt wird.",encrypted:"Die Entschl\xFCsselungsschl\xFCssel f\xFCr den verschl\xFCsselten Medieninhalt sind nicht verf\xFCgbar.",unplayable:"Dieses Medium wird vom Player nicht unterst\xFCtzt.",title:"Etwas ist schiefgelaufen.",unexpected:"Ein Fehler ist aufgetreten. Bitte versuchen Sie es erneut."},common:{empty:"",ok:"Schlie\xDFen"},menu:{settings:"Einstellungen",quality:"Qualit\xE4t",audio:"Ton",default:"Standard",speed:"Geschwindigkeit",captions:"Untertitel",playbackRate:"Wiedergabegeschwindigkeit",back:"Zur\xFCck",off:"Aus",auto:"Auto",autoWithLabel:"Auto ({label})",subtitles:"Untertitel"}}});var tp={};_(tp,{default:()=>_0});var _0,ip=j(()=>{_0={buttons:{play:"A\u03BD\u03B1\u03C0\u03B1\u03C1\u03B1\u03B3\u03C9\u03B3\u03AE",pause:"\u03A0\u03B1\u03CD\u03C3\u03B7",replay:"\u0395\u03C0\u03B1\u03BD\u03AC\u03BB\u03B7\u03C8\u03B7",mute:"\u03A3\u03AF\u03B3\u03B1\u03C3\u03B7",unmute:"K\u03B1\u03C4\u03AC\u03C1\u03B3\u03B7\u03C3\u03B7 \u03C3\u03AF\u03B3\u03B1\u03C3\u03B7\u03C2"},seek:{forward:"\u039C\u03B5\u03C4\u03B1\u03B2\u03B5\u03AF\u03C4\u03B5 \u03BC\u03C0\u03C1\u03BF\u03C3\u03C4\u03AC {seconds} \u03B4\u03B5\u03C5\u03C4\u03B5\u03C1\u03CC\u03BB\u03B5\u03C0\u03C4\u03B1",backward:"\u039C\u03B5\u03C4\u03B1\u03B2\u03B5\u03AF\u03C4\u03B5 \u03C0\u03AF\u03C3\u03C9 {seconds} \u03B4\u03B5\u03C5\u03C4\u03B5\u03C1\u03CC\u03BB\u03B5\u03C0\u03C4\u03B1"},fullscreen:{enter:"\u03A0\u03BB\u03AE\u03C1\u03B7\u03C2 \u03BF\u03B8\u03CC\u03BD\u03B7",exit:"\u0388\u03BE\u03BF\u03B4\u03BF\u03C2 \u03B1\u03C0\u03CC \u03C0\u03BB\u03AE\u03C1\u03B7 \u03BF\u03B8\u03CC\u03BD\u03B7"},captions:{enable:"\u0395\u03BD\u03B5\u03C1\u03B3\u03BF\u03C0\u03BF\u03AF\u03B7\u03C3\u03B7 \u03C5\u03C0\u03BF\u03C4\u03AF\u03C4\u03BB\u03C9\u03BD",disable:"\u0391\u03C0\u03B5\u03BD\u03B5\u03C1\u03B3\u03BF\u03C0\u03BF\u03AF\u03B7\u03C3\u03B7 \u03C5\u03C0\u03BF\u03C4\u03AF\u03C4\u03BB\u03C9\u03BD"},pip:{enter:"\u0395\u03B9\u03BA\u03CC\u03BD\u03B1-\u03BC\u03AD\u03C3\u03B1-\u03C3\u03B5-\u0395\u03B9\u03BA\u03CC\u03BD\u03B1",exit:"\u0388\u03BE\u03BF\u03B4\u03BF\u03C2 \u03B1\u03C0\u03CC \u03C4\u03B7\u03BD \u0395\u03B9\u03BA\u03CC\u03BD\u03B1-\u03BC\u03AD\u03C3\u03B1-\u03C3\u03B5-\u0395\u03B9\u03BA\u03CC\u03BD\u03B1"},live:{playing:"\u0391\u03BD\u03B1\u03C0\u03B1\u03C1\u03B1\u03B3\u03C9\u03B3\u03AE \u03B6\u03C9\u03BD\u03C4\u03B1\u03BD\u03AC",seekToEdge:"\u039C\u03B5\u03C4\u03AC\u03B2\u03B1\u03C3\u03B7 \u03C3\u03C4\u03BF \u03B6\u03C9\u03BD\u03C4\u03B1\u03BD\u03CC",badge:"\u0396\u03C9\u03BD\u03C4\u03B1\u03BD\u03AC"},cast:{start:"\u0388\u03BD\u03B1\u03C1\u03BE\u03B7 \u03BC\u03B5\u03C4\u03AC\u03B4\u03BF\u03C3\u03B7\u03C2",stop:"\u0394\u03B9\u03B1\u03BA\u03BF\u03C0\u03AE \u03BC\u03B5\u03C4\u03AC\u03B4\u03BF\u03C3\u03B7\u03C2",connecting:"\u03A3\u03CD\u03BD\u03B4\u03B5\u03C3\u03B7"},airplay:{start:"\u0388\u03BD\u03B1\u03C1\u03BE\u03B7 AirPlay",stop:"\u0394\u03B9\u03B1\u03BA\u03BF\u03C0\u03AE AirPlay"},slider:{seek:"\u039C\u03B5\u03C4\u03B1\u03BA\u03AF\u03BD\u03B7\u03C3\u03B7"},time:{current:"\u03A4\u03C1\u03AD\u03C7\u03C9\u03BD \u03C7\u03C1\u03CC\u03BD\u03BF\u03C2",duration:"\u03A3\u03C5\u03BD\u03BF\u03BB\u03B9\u03BA\u03CC\u03C2 \u03C7\u03C1\u03CC\u03BD\u03BF\u03C2",remaining:"\u03A5\u03C0\u03BF\u03BB\u03BF\u03B9\u03C0\u03CC\u03BC\u03B5\u03BD\u03BF\u03C2 \u03C7\u03C1\u03CC\u03BD\u03BF\u03C2",elapsedSuffix:"{duration} \u03C7\u03C1\u03CC\u03BD\u03BF\u03C2 \u03C0\u03BF\u03C5 \u03C0\u03AD\u03C1\u03B1\u03C3\u03B5",durationSuffix:"{duration} \u03B4\u03B9\u03AC\u03C1\u03BA\u03B5\u03B9\u03B1",remainingSuffix:"\u0391\u03C0\u03BF\u03BC\u03AD\u03BD\u03BF\u03C5\u03BD {duration}",showElapsed:"\u0395\u03BC\u03C6\u03AC\u03BD\u03B9\u03C3\u03B7 \u03C7\u03C1\u03CC\u03BD\u03BF\u03C5 \u03C0\u03BF\u03C5 \u03C0\u03AD\u03C1\u03B1\u03C3\u03B5, {duration}.",showDuration:"\u0395\u03BC\u03C6\u03AC\u03BD\u03B9\u03C3\u03B7 \u03B4\u03B9\u03AC\u03C1\u03BA\u03B5\u03B9\u03B1\u03C2, {duration}.",showRemaining:"\u0395\u03BC\u03C6\u03AC\u03BD\u03B9\u03C3\u03B7 \u03C5\u03C0\u03BF\u03BB\u03B5\u03B9\u03C0\u03CC\u03BC\u03B5\u03BD\u03BF\u03C5 \u03C7\u03C1\u03CC\u03BD\u03BF\u03C5, {duration}.",toggleElapsed:"\u0395\u03BD\u03B1\u03BB\u03BB\u03B1\u03B3\u03AE \u03BC\u03B5\u03C4\u03B1\u03BE\u03CD \u03C7\u03C1\u03CC\u03BD\u03BF\u03C5 \u03C0\u03BF\u03C5 \u03C0\u03AD\u03C1\u03B1\u03C3\u03B5 \u03BA\u03B1\u03B9 \u03C7\u03C1\u03CC\u03BD\u03BF\u03C5 \u03C0\u03BF\u03C5 \u03B1\u03C0\u03BF\u03BC\u03AD\u03BD\u03B5\u03B9.",toggleDuration:"\u0395\u03BD\u03B1\u03BB\u03BB\u03B1\u03B3\u03AE \u03BC\u03B5\u03C4\u03B1\u03BE\u03CD \u03B4\u03B9\u03AC\u03C1\u03BA\u03B5\u03B9\u03B1\u03C2 \u03BA\u03B1\u03B9 \u03C7\u03C1\u03CC\u03BD\u03BF\u03C5 \u03C0\u03BF\u03C5 \u03B1\u03C0\u03BF\u03BC\u03AD\u03BD\u03B5\u03B9.",position:"{current} \u03B1\u03C0\u03CC {duration}",unknown:"\u03A4\u03BF \u03C0\u03BF\u03BB\u03C5\u03BC\u03AD\u03C3\u03BF \u03B4\u03B5\u03BD \u03C6\u03BF\u03C1\u03C4\u03CE\u03B8\u03B7\u03BA\u03B5, \u03AC\u03B3\u03BD\u03C9\u03C3\u03C4\u03B7 \u03B4\u03B9\u03AC\u03C1\u03BA\u03B5\u03B9\u03B1."},playback:{rate:"\u03A1\u03C5\u03B8\u03BC\u03CC\u03C2 \u03B1\u03BD\u03B1\u03C0\u03B1\u03C1\u03B1\u03B3\u03C9\u03B3\u03AE\u03C2 {rate}"},volume:{mutedValue:"{percent}, \u03C3\u03B5 \u03C3\u03AF\u03B3\u03B1\u03C3\u03B7",muted:"\u03A3\u03B5 \u03C3\u03AF\u03B3\u03B1\u03C3\u03B7",label:"\u0388\u03BD\u03C4\u03B1\u03C3\u03B7",value:"\u0388\u03BD\u03C4\u03B1\u03C3\u03B7 {value}"},status:{captionsOn:"\u039B\u03B5\u03B6\u03AC\u03BD\u03C4\u03B5\u03C2 \u03B5\u03BD\u03B5\u03C1\u03B3\u03AD\u03C2",captionsOff:"\u039B\u03B5\u03B6\u03AC\u03BD\u03C4\u03B5\u03C2 \u03B1\u03BD\u03B5\u03BD\u03B5\u03C1\u03B3\u03AD\u03C2",paused:"\u03A3\u03B5 \u03C0\u03B1\u03CD\u03C3\u03B7",playing:"\u0391\u03BD\u03B1\u03C0\u03B1\u03C1\u03B1\u03B3\u03C9\u03B3\u03AE",fullscreen:"\u03A0\u03BB\u03AE\u03C1\u03B7\u03C2 \u03BF\u03B8\u03CC\u03BD\u03B7",pip:"\u0395\u03B9\u03BA\u03CC\u03BD\u03B1 \u03BC\u03AD\u03C3\u03B1 \u03C3\u03B5 \u03B5\u03B9\u03BA\u03CC\u03BD\u03B1",exitPip:"\u0388\u03BE\u03BF\u03B4\u03BF\u03C2 \u03B1\u03C0\u03CC \u03B5\u03B9\u03BA\u03CC\u03BD\u03B1 \u03BC\u03AD\u03C3\u03B1 \u03C3\u03B5 \u03B5\u03B9\u03BA\u03CC\u03BD\u03B1",seekedTo:"\u039C\u03B5\u03C4\u03AC\u03B2\u03B1\u03C3\u03B7 \u03C3\u03B5 {time}"},container:{label:"\u03A0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1 \u03B1\u03BD\u03B1\u03C0\u03B1\u03C1\u03B1\u03B3\u03C9\u03B3\u03AE\u03C2 \u03C0\u03BF\u03BB\u03C5\u03BC\u03AD\u03C3\u03C9\u03BD"},errors:{aborted:"\u0391\u03BA\u03C5\u03C1\u03CE\u03C3\u03B1\u03C4\u03B5 \u03C4\u03B7\u03BD \u03B1\u03BD\u03B1\u03C0\u03B1\u03C1\u03B1\u03B3\u03C9\u03B3\u03AE",network:"\u0388\u03BD\u03B1 \u03C3\u03C6\u03AC\u03BB\u03BC\u03B1 \u03B4\u03B9\u03BA\u03C4\u03CD\u03BF\u03C5 \u03C0\u03C1\u03BF\u03BA\u03AC\u03BB\u03B5\u03C3\u03B5 \u03C4\u03B7\u03BD \u03B1\u03C0\u03BF\u03C4\u03C5\u03C7\u03AF\u03B1 \u03BC\u03B5\u03C4\u03B1\u03C6\u03CC\u03C1\u03C4\u03C9\u03C3\u03B7\u03C2 \u03C4\u03BF\u03C5 \u03B1\u03C1\u03C7\u03B5\u03AF\u03BF\u03C5 \u03C0\u03C1\u03BF\u03C2 \u03B1\u03BD\u03B1\u03C0\u03B1\u03C1\u03B1\u03B3\u03C9\u03B3\u03AE.",decode:"\u0397 \u03B1\u03BD\u03B1\u03C0\u03B1\u03C1\u03B1\u03B3\u03C9\u03B3\u03AE \u03B1\u03BA\u03C5\u03C1\u03CE\u03B8\u03B7\u03BA\u03B5 \u03B5\u03AF\u03C4\u03B5 \u03BB\u03CC\u03B3\u03C9 \u03BA\u03B1\u03C4\u03B5\u03C3\u03C4\u03C1\u03B1\u03BC\u03BC\u03AD\u03BD\u03BF\u03C5 \u03B1\u03C1\u03C7\u03B5\u03AF\u03BF\u03C5, \u03B5\u03AF\u03C4\u03B5 \u03B3\u03B9\u03B1\u03C4\u03AF \u03C4\u03BF \u03B1\u03C1\u03C7\u03B5\u03AF\u03BF \u03B1\u03C0\u03B1\u03B9\u03C4\u03B5\u03AF \u03BB\u03B5\u03B9\u03C4\u03BF\u03C5\u03C1\u03B3\u03AF\u03B5\u03C2 \u03C0\u03BF\u03C5 \u03B4\u03B5\u03BD \u03C5\u03C0\u03BF\u03C3\u03C4\u03B7\u03C1\u03AF\u03B6\u03BF\u03BD\u03C4\u03B1\u03B9 \u03B1\u03C0\u03CC \u03C4\u03BF \u03C0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1 \u03C0\u03B5\u03C1\u03B9\u03AE\u03B3\u03B7\u03C3\u03B7\u03C2 \u03C0\u03BF\u03C5 \u03C7\u03C1\u03B7\u03C3\u03B9\u03BC\u03BF\u03C0\u03BF\u03B9\u03B5\u03AF\u03C4\u03B5.",source:"\u03A4\u03BF \u03B1\u03C1\u03C7\u03B5\u03AF\u03BF \u03C0\u03C1\u03BF\u03C2 \u03B1\u03BD\u03B1\u03C0\u03B1\u03C1\u03B1\u03B3\u03C9\u03B3\u03AE \u03B4\u03B5\u03BD \u03AE\u03C4\u03B1\u03BD \u03B4\u03C5\u03BD\u03B1\u03C4\u03CC \u03BD\u03B1 \u03C6\u03BF\u03C1\u03C4\u03C9\u03B8\u03B5\u03AF \u03B5\u03AF\u03C4\u03B5 \u03B3\u03B9\u03B1\u03C4\u03AF \u03C5\u03C0\u03AE\u03C1\u03BE\u03B5 \u03C3\u03C6\u03AC\u03BB\u03BC\u03B1 \u03C3\u03C4\u03BF\u03BD \u03B4\u03B9\u03B1\u03BA\u03BF\u03BC\u03B9\u03C3\u03C4\u03AE \u03AE \u03C4\u03BF \u03B4\u03AF\u03BA\u03C4\u03C5\u03BF, \u03B5\u03AF\u03C4\u03B5 \u03B3\u03B9\u03B1\u03C4\u03AF \u03BF \u03C4\u03CD\u03C0\u03BF\u03C2 \u03C4\u03BF\u03C5 \u03B1\u03C1\u03C7\u03B5\u03AF\u03BF\u03C5 \u03B4\u03B5\u03BD \u03C5\u03C0\u03BF\u03C3\u03C4\u03B7\u03C1\u03AF\u03B6\u03B5\u03C4\u03B1\u03B9.",encrypted:"\u03A4\u03BF \u03B1\u03C1\u03C7\u03B5\u03AF\u03BF \u03C0\u03C1\u03BF\u03C2 \u03B1\u03BD\u03B1\u03C0\u03B1\u03C1\u03B1\u03B3\u03C9\u03B3\u03AE \u03B5\u03AF\u03BD\u03B1\u03B9 \u03BA\u03C1\u03C5\u03C0\u03C4\u03BF\u03B3\u03C1\u03B1\u03C6\u03B7\u03BC\u03AD\u03BDo \u03BA\u03B1\u03B9 \u03B4\u03B5\u03BD \u03C5\u03C0\u03AC\u03C1\u03C7\u03BF\u03C5\u03BD \u03C4\u03B1 \u03B1\u03C0\u03B1\u03C1\u03B1\u03AF\u03C4\u03B7\u03C4\u03B1 \u03BA\u03BB\u03B5\u03B9\u03B4\u03B9\u03AC \u03B1\u03C0\u03BF\u03BA\u03C1\u03C5\u03C0\u03C4\u03BF\u03B3\u03C1\u03AC\u03C6\u03B7\u03C3\u03B7\u03C2.",unplayable:"\u0391\u03C5\u03C4\u03CC \u03C4\u03BF \u03BC\u03AD\u03C3\u03BF \u03B4\u03B5\u03BD \u03C5\u03C0\u03BF\u03C3\u03C4\u03B7\u03C1\u03AF\u03B6\u03B5\u03C4\u03B1\u03B9 \u03B1\u03C0\u03CC \u03C4\u03BF \u03C0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1 \u03B1\u03BD\u03B1\u03C0\u03B1\u03C1\u03B1\u03B3\u03C9\u03B3\u03AE\u03C2.",title:"\u039A\u03AC\u03C4\u03B9 \u03C0\u03AE\u03B3\u03B5 \u03C3\u03C4\u03C1\u03B1\u03B2\u03AC.",unexpected:"\u03A0\u03B1\u03C1\u03BF\u03C5\u03C3\u03B9\u03AC\u03C3\u03C4\u03B7\u03BA\u03B5 \u03C3\u03C6\u03AC\u03BB\u03BC\u03B1. \u0394\u03BF\u03BA\u03B9\u03BC\u03AC\u03C3\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC."},common:{empty:"",ok:"\u039A\u03BB\u03B5\u03AF\u03C3\u03B9\u03BC\u03BF"},menu:{settings:"\u03A1\u03C5\u03B8\u03BC\u03AF\u03C3\u03B5\u03B9\u03C2",quality:"\u03A0\u03BF\u03B9\u03CC\u03C4\u03B7\u03C4\u03B1",audio:"\u0389\u03C7\u03BF\u03C2",default:"\u03A0\u03C1\u03BF\u03B5\u03C0\u03B9\u03BB\u03BF\u03B3\u03AE",speed:"\u03A4\u03B1\u03C7\u03CD\u03C4\u03B7\u03C4\u03B1",captions:"\u039B\u03B5\u03B6\u03AC\u03BD\u03C4\u03B5\u03C2",playbackRate:"\u03A1\u03C5\u03B8\u03BC\u03CC\u03C2 \u03B1\u03BD\u03B1\u03C0\u03B1\u03C1\u03B1\u03B3\u03C9\u03B3\u03AE\u03C2",back:"\u03A0\u03AF\u03C3\u03C9",off:"\u0391\u03C0\u03B5\u03BD\u03B5\u03C1\u03B3\u03BF\u03C0\u03BF\u03AF\u03B7\u03C3\u03B7",auto:"\u0391\u03C5\u03C4\u03CC\u03BC\u03B1\u03C4\u03B1",autoWithLabel:"\u0391\u03C5\u03C4\u03CC\u03BC\u03B1\u03C4\u03B1 ({label})",subtitles:"\u03A5\u03C0\u03CC\u03C4\u03B9\u03C4\u03BB\u03BF\u03B9"}}});var np={};_(np,{default:()=>U0});var U0,rp=j(()=>{U0={buttons:{play:"Reproducir",pause:"Pausa",replay:"Volver a reproducir",mute:"Desactivar el sonido",unmute:"Activar el sonido"},seek:{forward:"Avanza {seconds} segundos",backward:"Retrocede {seconds} segundos"},fullscreen:{enter:"Pantalla completa",exit:"Salir de pantalla completa"},captions:{enable:"Activar subt\xEDtulos",disable:"Desactivar subt\xEDtulos"},pip:{enter:"Imagen sobre imagen",exit:"Salir de imagen sobre imagen"},live:{playing:"Reproduciendo en directo",seekToEdge:"Ir al directo",badge:"Directo"},cast:{start:"Iniciar transmisi\xF3n",stop:"Detener transmisi\xF3n",connecting:"Conectando"},airplay:{start:"Iniciar AirPlay",stop:"Detener AirPlay"},slider:{seek:"Buscar"},time:{current:"Tiempo reproducido",duration:"Duraci\xF3n total",remaining:"Tiempo restante",elapsedSuffix:"{duration} de tiempo transcurrido",durationSuffix:"{duration} de duraci\xF3n",remainingSuffix:"Quedan {duration}",showElapsed:"Mostrar tiempo transcurrido, {duration}.",showDuration:"Mostrar duraci\xF3n, {duration}.",showRemaining:"Mostrar tiempo restante, {duration}.",toggleElapsed:"Alternar entre el tiempo transcurrido y el tiempo restante.",toggleDuration:"Alternar entre la duraci\xF3n y el tiempo restante.",position:"{current} de {duration}",unknown:"Contenido multimedia no cargado, tiempo desconocido."},playback:{rate:"Velocidad de reproducci\xF3n {rate}"},volume:{mutedValue:"{percent}, silenciado",muted:"Silenciado",label:"Volumen",value:"Volumen {value}"},status:{captionsOn:"Subt\xEDtulos activados",captionsOff:"Subt\xEDtulos desactivados",paused:"En pausa",playing:"Reproduciendo",fullscreen:"Pantalla completa",pip:"Imagen en imagen",exitPip:"Salir de imagen en imagen",seekedTo:"Se ha saltado a {time}"},container:{label:"Reproductor multimedia"},errors:{aborted:"Ha interrumpido la reproducci\xF3n del v\xEDdeo.",network:"Un error de red ha interrumpido la descarga del v\xEDdeo.",decode:"La reproducci\xF3n de v\xEDdeo se ha interrumpido por un problema de corrupci\xF3n de datos o porque el v\xEDdeo precisa funciones que su navegador no ofrece.",source:"No se ha podido cargar el v\xEDdeo debido a un fallo de red o del servidor o porque el formato es incompatible.",encrypted:"El material audiovisual est\xE1 cifrado y no tenemos las claves para descifrarlo.",unplayable:"El reproductor no admite este medio.",title:"Algo ha salido mal.",unexpected:"Se ha producido un error. Int\xE9ntalo de nuevo."},common:{empty:"",ok:"Cerrar"},menu:{settings:"Configuraci\xF3n",quality:"Calidad",audio:"Audio",default:"Predeterminado",speed:"Velocidad",captions:"Subt\xEDtulos",playbackRate:"Velocidad de reproducci\xF3n",back:"Atr\xE1s",off:"Desactivado",auto:"Autom\xE1tico",autoWithLabel:"Autom\xE1tico ({label})",subtitles:"Subt\xEDtulos"}}});var ap={};_(ap,{default:()=>B0});var B0,op=j(()=>{B0={buttons:{play:"Esita",pause:"Paus",replay:"Esita uuesti",mute:"Vaigista",unmute:"L\xF5peta vaigistus"},seek:{forward:"Liigu edasi {seconds} sekundit",backward:"Liigu tagasi {seconds} sekundit"},fullscreen:{enter:"T\xE4isekraan",exit:"V\xE4lju t\xE4isekraanist"},captions:{enable:"L\xFClita subtiitrid sisse",disable:"L\xFClita subtiitrid v\xE4lja"},pip:{enter:"Pilt pildis",exit:"V\xE4lju funktsioonist pilt pildis"},live:{playing:"M\xE4ngib reaalajas",seekToEdge:"Mine otse\xFClekande \xE4\xE4rele",badge:"Otse"},cast:{start:"Alusta \xFClekandmist",stop:"L\xF5peta \xFClekandmine",connecting:"\xDChendumine"},airplay:{start:"K\xE4ivita AirPlay",stop:"Peata AirPlay"},slider:{seek:"Kerimine"},time:{current:"Praegune aeg",duration:"Kestus",remaining:"J\xE4relej\xE4\xE4nud aeg",elapsedSuffix:"{duration} m\xF6\xF6dunud aega",durationSuffix:"{duration} kestust",remainingSuffix:"J\xE4\xE4nud {duration}",showElapsed:"Kuva m\xF6\xF6dunud aeg, {duration}.",showDuration:"Kuva kestus, {duration}.",showRemaining:"Kuva j\xE4relej\xE4\xE4nud aeg, {duration}.",toggleElapsed:"L\xFClita m\xF6\xF6dunud ja j\xE4relej\xE4\xE4nud aja vahel.",toggleDuration:"L\xFClita kestuse ja j\xE4relej\xE4\xE4nud aja vahel.",position:"{current} / {duration}",unknown:"Meedium pole laaditud, aeg teadmata."},playback:{rate:"Taasesituse kiirus {rate}"},volume:{mutedValue:"{percent}, vaigistatud",muted:"Vaigistatud",label:"Helitugevus",value:"Helitugevus {value}"},status:{captionsOn:"Pealdised sees",captionsOff:"Pealdised v\xE4ljas",paused:"Pausitud",playing:"Esitamine",fullscreen:"T\xE4isekraan",pip:"Pilt pildis",exitPip:"V\xE4lju funktsioonist pilt pildis",seekedTo:"Liigutud ajale {time}"},container:{label:"Meediumipleier"},errors:{aborted:"Katkestasid taasesituse",network:"V\xF5rguvea t\xF5ttu nurjus meediumifaili allalaadimine poole pealt.",decode:"Meediumifaili taasesitamine katkestati, kuna fail on rikutud v\xF5i see kasutab funktsiooni, mida sinu brauser ei toeta.",source:"Seda meediumifaili ei \xF5nnestunud laadida, kuna serveris v\xF5i v\xF5rgus esines t\xF5rge v\xF5i kuna vormingut ei toetata.",encrypted:"See meediumifail on kr\xFCpteeritud ja meil pole dekr\xFCpteerimiseks vajalikku v\xF5tit.",unplayable:"Pleier ei toeta seda meediat.",title:"Midagi l\xE4ks valesti.",unexpected:"Esines viga. Palun proovige uuesti."},common:{empty:"",ok:"Sule"},menu:{settings:"Seaded",quality:"Kvaliteet",audio:"Heli",default:"Vaikimisi",speed:"Kiirus",captions:"Subtiitrid",playbackRate:"Taasesituse kiirus",back:"Tagasi",off:"V\xE4ljas",auto:"Automaatne",autoWithLabel:"Automaatne ({label})",subtitles:"Subtiitrid"}}});var sp={};_(sp,{default:()=>H0});var H0,lp=j(()=>{H0={buttons:{play:"Hasi",pause:"Gelditu",replay:"Berriz hasi",mute:"Ixildu",unmute:"Soinua jarri"},seek:{forward:"Joan aurrera {seconds} segundo",backward:"Joan atzera {seconds} segundo"},fullscreen:{enter:"Pantaila osoa",exit:"Irten pantaila osotik"},captions:{enable:"Aktibatu azpitituluak",disable:"Desaktibatu azpitituluak"},pip:{enter:"Irudiz-irudi",exit:"Irten irudiz-irudiztik"},live:{playing:"Zuzenean erreproduzitzen",seekToEdge:"Zuzeneko ertzeraino joan",badge:"Zuzenean"},cast:{start:"Hasi emankizuna",stop:"Gelditu emankizuna",connecting:"Konektatzen"},airplay:{start:"Hasi AirPlay",stop:"Gelditu AirPlay"},slider:{seek:"Bilatu"},time:{current:"Uneko denbora",duration:"Iraupena",remaining:"Gelditzen den denbora",elapsedSuffix:"{duration} igarotako denbora",durationSuffix:"{duration} iraupena",remainingSuffix:"Geratzen den {duration}",showElapsed:"Erakutsi igarotako denbora, {duration}.",showDuration:"Erakutsi iraupena, {duration}.",showRemaining:"Erakutsi geratzen den denbora, {duration}.",toggleElapsed:"Txandakatu igarotako denboraren eta geratzen den denboraren artean.",toggleDuration:"Txandakatu iraupenaren eta geratzen den denboraren artean.",position:"{current} / {duration}",unknown:"Multimedia ez da kargatu, ordu ezezaguna."},playback:{rate:"Abiadura {rate}"},volume:{mutedValue:"{percent}, isilarazia",muted:"Isilarazia",label:"Bolumena",value:"Bolumena {value}"},status:{captionsOn:"Oharrak aktibo",captionsOff:"Oharrak ez aktibo",paused:"Geldituta",playing:"Erreproduzitzen",fullscreen:"Pantaila osoa",pip:"Irudiz irudi",exitPip:"Irten irudiz irudiztik",seekedTo:"{time} denborara jauzi egin da"},container:{label:"Multimedia-erreproduzitzailea"},errors:{aborted:"Bertan behera utzi duzu",network:"Sare errore batek deskargak huts egitea eragin du.",decode:"Bertan behera gelditu da fitxategia ondo ez dagoelako edo zure nabigatzailean erabili ezin diren ezaugarriak dituelako.",source:"Media ezin izan da kargatu, zerbitzariak edo sareak huts egin duelako edo formatu horretako media erabili ezin delako.",encrypted:"Media zifratuta dago eta ez ditugu beharrezko gakoak.",unplayable:"Erreproduzitzaileak ez du media hau onartzen.",title:"Zerbait gaizki joan da.",unexpected:"Errore bat gertatu da. Saiatu berriro."},common:{empty:"",ok:"Itxi"},menu:{settings:"Ezarpenak",quality:"Kalitatea",audio:"Audioa",default:"Lehenetsia",speed:"Abiadura",captions:"Azpitituluak",playbackRate:"Erreprodukzio-abiadura",back:"Atzera",off:"Desaktibatuta",auto:"Automatikoa",autoWithLabel:"Automatikoa ({label})",subtitles:"Azpitituluak"}}});var dp={};_(dp,{default:()=>q0});var q0,cp=j(()=>{q0={buttons:{play:"\u067E\u062E\u0634",pause:"\u062A\u0648\u0642\u0641",replay:"\u067E\u062E\u0634 \u0645\u062C\u062F\u062F",mute:"\u0628\u06CC\u200C\u0635\u062F\u0627",unmute:"\u0635\u062F\u0627\u062F\u0627\u0631"},seek:{forward:"{seconds} \u062B\u0627\u0646\u06CC\u0647 \u0628\u0639\u062F",backward:"{seconds} \u062B\u0627\u0646\u06CC\u0647 \u0642\u0628\u0644"},fullscreen:{enter:"\u062A\u0645\u0627\u0645\u200C\u0635\u0641\u062D\u0647",exit:"\u062E\u0631\u0648\u062C \u0627\u0632 \u062A\u0645\u0627\u0645\u200C\u0635\u0641\u062D\u0647"},captions:{enable:"\u0641\u0639\u0627\u0644\u200C\u0633\u0627\u0632\u06CC \u0632\u06CC\u0631\u0646\u0648\u06CC\u0633",disable:"\u063A\u06CC\u0631\u0641\u0639\u0627\u0644\u200C\u0633\u0627\u0632\u06CC \u0632\u06CC\u0631\u0646\u0648\u06CC\u0633"},pip:{enter:"\u062A\u0635\u0648\u06CC\u0631 \u062F\u0631 \u062A\u0635\u0648\u06CC\u0631",exit:"\u062E\u0631\u0648\u062C \u0627\u0632 \u062D\u0627\u0644\u062A \u062A\u0635\u0648\u06CC\u0631 \u062F\u0631 \u062A\u0635\u0648\u06CC\u0631"},live:{playing:"\u067E\u062E\u0634 \u0632\u0646\u062F\u0647",seekToEdge:"\u0631\u0641\u062A\u0646 \u0628\u0647 \u067E\u062E\u0634 \u0632\u0646\u062F\u0647",badge:"\u0632\u0646\u062F\u0647"},cast:{start:"\u0634\u0631\u0648\u0639 \u067E\u062E\u0634 \u0628\u0647 \u062A\u0644\u0648\u06CC\u0632\u06CC\u0648\u0646",stop:"\u062A\u0648\u0642\u0641 \u067E\u062E\u0634 \u0628\u0647 \u062A\u0644\u0648\u06CC\u0632\u06CC\u0648\u0646",connecting:"\u062F\u0631 \u062D\u0627\u0644 \u0627\u062A\u0635\u0627\u0644"},airplay:{start:"\u0634\u0631\u0648\u0639 AirPlay",stop:"\u062A\u0648\u0642\u0641 AirPlay"},slider:{seek:"\u062C\u0633\u062A\u062C\u0648"},time:{current:"\u0632\u0645\u0627\u0646 \u0641\u0639\u0644\u06CC",duration:"\u0645\u062F\u062A",remaining:"\u0632\u0645\u0627\u0646 \u0628\u0627\u0642\u06CC\u200C\u0645\u0627\u0646\u062F\u0647",elapsedSuffix:"{duration} \u0632\u0645\u0627\u0646 \u0633\u067E\u0631\u06CC\u200C\u0634\u062F\u0647",durationSuffix:"{duration} \u0645\u062F\u062A\u200C\u0632\u0645\u0627\u0646",remainingSuffix:"{duration} \u0628\u0627\u0642\u06CC\u200C\u0645\u0627\u0646\u062F\u0647",showElapsed:"\u0646\u0645\u0627\u06CC\u0634 \u0632\u0645\u0627\u0646 \u0633\u067E\u0631\u06CC\u200C\u0634\u062F\u0647, {duration}.",showDuration:"\u0646\u0645\u0627\u06CC\u0634 \u0645\u062F\u062A, {duration}.",showRemaining:"\u0646\u0645\u0627\u06CC\u0634 \u0632\u0645\u0627\u0646 \u0628\u0627\u0642\u06CC\u200C\u0645\u0627\u0646\u062F\u0647, {duration}.",toggleElapsed:"\u062A\u063A\u06CC\u06CC\u0631 \u0628\u06CC\u0646 \u0632\u0645\u0627\u0646 \u0633\u067E\u0631\u06CC\u200C\u0634\u062F\u0647 \u0648 \u0632\u0645\u0627\u0646 \u0628\u0627\u0642\u06CC\u200C\u0645\u0627\u0646\u062F\u0647.",toggleDuration:"\u062A\u063A\u06CC\u06CC\u0631 \u0628\u06CC\u0646 \u0645\u062F\u062A\u200C\u0632\u0645\u0627\u0646 \u0648 \u0632\u0645\u0627\u0646 \u0628\u0627\u0642\u06CC\u200C\u0645\u0627\u0646\u062F\u0647.",position:"{current} \u0627\u0632 {duration}",unknown:"\u0631\u0633\u0627\u0646\u0647 \u0628\u0627\u0631\u06AF\u0630\u0627\u0631\u06CC \u0646\u0634\u062F\u0647\u060C \u0632\u0645\u0627\u0646 \u0646\u0627\u0645\u0634\u062E\u0635."},playback:{rate:"\u0633\u0631\u0639\u062A \u067E\u062E\u0634 {rate}"},volume:{mutedValue:"{percent}, \u0628\u06CC\u200C\u0635\u062F\u0627",muted:"\u0628\u06CC\u200C\u0635\u062F\u0627",label:"\u0635\u062F\u0627",value:"\u0635\u062F\u0627 {value}"},status:{captionsOn:"\u062A\u0648\u0636\u06CC\u062D\u0627\u062A \u0631\u0648\u0634\u0646",captionsOff:"\u062A\u0648\u0636\u06CC\u062D\u0627\u062A \u062E\u0627\u0645\u0648\u0634",paused:"\u0645\u062A\u0648\u0642\u0641 \u0634\u062F\u0647",playing:"\u062F\u0631 \u062D\u0627\u0644 \u067E\u062E\u0634",fullscreen:"\u062A\u0645\u0627\u0645\u200C\u0635\u0641\u062D\u0647",pip:"\u062A\u0635\u0648\u06CC\u0631 \u062F\u0631 \u062A\u0635\u0648\u06CC\u0631",exitPip:"\u062E\u0631\u0648\u062C \u0627\u0632 \u062D\u0627\u0644\u062A \u062A\u0635\u0648\u06CC\u0631 \u062F\u0631 \u062A\u0635\u0648\u06CC\u0631",seekedTo:"\u067E\u0631\u0634 \u0628\u0647 {time}"},container:{label:"\u067E\u062E\u0634\u200C\u06A9\u0646\u0646\u062F\u0647 \u0631\u0633\u0627\u0646\u0647"},errors:{aborted:"\u0634\u0645\u0627 \u067E\u062E\u0634 \u0631\u0633\u0627\u0646\u0647 \u0631\u0627 \u0642\u0637\u0639 \u0646\u0645\u0648\u062F\u06CC\u062F",network:"\u0648\u0642\u0648\u0639 \u0645\u0634\u06A9\u0644\u06CC \u062F\u0631 \u0634\u0628\u06A9\u0647 \u0628\u0627\u0639\u062B \u0627\u062E\u062A\u0644\u0627\u0644 \u062F\u0631 \u062F\u0627\u0646\u0644\u0648\u062F \u0631\u0633\u0627\u0646\u0647 \u0634\u062F.",decode:"\u067E\u062E\u0634 \u0631\u0633\u0627\u0646\u0647 \u0628\u0647\u200C\u0639\u0644\u062A \u0627\u0634\u06A9\u0627\u0644 \u062F\u0631 \u0622\u0646 \u06CC\u0627 \u0639\u062F\u0645 \u067E\u0634\u062A\u06CC\u0628\u0627\u0646\u06CC \u0645\u0631\u0648\u0631\u06AF\u0631 \u0634\u0645\u0627 \u0642\u0637\u0639 \u0634\u062F.",source:"\u0631\u0633\u0627\u0646\u0647 \u0642\u0627\u0628\u0644 \u0628\u0627\u0631\u06AF\u06CC\u0631\u06CC \u0646\u06CC\u0633\u062A. \u0645\u0645\u06A9\u0646 \u0627\u0633\u062A \u0645\u0634\u06A9\u0644\u06CC \u062F\u0631 \u0634\u0628\u06A9\u0647 \u06CC\u0627 \u0633\u0631\u0648\u0631 \u0631\u062E \u062F\u0627\u062F\u0647 \u0628\u0627\u0634\u062F \u06CC\u0627 \u0642\u0627\u0644\u0628 \u0631\u0633\u0627\u0646\u0647 \u062F\u0631 \u062F\u0633\u062A\u06AF\u0627\u0647 \u0634\u0645\u0627 \u067E\u0634\u062A\u06CC\u0628\u0627\u0646\u06CC \u0646\u0634\u0648\u062F.",encrypted:"\u0627\u06CC\u0646 \u0631\u0633\u0627\u0646\u0647 \u0631\u0645\u0632\u0646\u06AF\u0627\u0631\u06CC \u0634\u062F\u0647\u200C\u0627\u0633\u062A \u0648 \u06A9\u0644\u06CC\u062F\u0647\u0627\u06CC \u0631\u0645\u0632\u06AF\u0634\u0627\u06CC\u06CC \u0622\u0646 \u0645\u0648\u062C\u0648\u062F \u0646\u06CC\u0633\u062A.",unplayable:"\u0627\u06CC\u0646 \u0631\u0633\u0627\u0646\u0647 \u062A\u0648\u0633\u0637 \u067E\u062E\u0634\u200C\u06A9\u0646\u0646\u062F\u0647 \u067E\u0634\u062A\u06CC\u0628\u0627\u0646\u06CC \u0646\u0645\u06CC\u200C\u0634\u0648\u062F.",title:"\u0645\u0634\u06A9\u0644\u06CC \u067E\u06CC\u0634 \u0622\u0645\u062F.",unexpected:"\u062E\u0637\u0627\u06CC\u06CC \u0631\u062E \u062F\u0627\u062F. \u0644\u0637\u0641\u0627\u064B \u062F\u0648\u0628\u0627\u0631\u0647 \u0627\u0645\u062A\u062D\u0627\u0646 \u06A9\u0646\u06CC\u062F."},common:{empty:"",ok:"\u0628\u0633\u062A\u0646"},menu:{settings:"\u062A\u0646\u0638\u06CC\u0645\u0627\u062A",quality:"\u06A9\u06CC\u0641\u06CC\u062A",audio:"\u0635\u062F\u0627",default:"\u067E\u06CC\u0634\u200C\u0641\u0631\u0636",speed:"\u0633\u0631\u0639\u062A",captions:"\u0632\u06CC\u0631\u0646\u0648\u06CC\u0633\u200C\u0647\u0627",playbackRate:"\u0633\u0631\u0639\u062A \u067E\u062E\u0634",back:"\u0628\u0627\u0632\u06AF\u0634\u062A",off:"\u062E\u0627\u0645\u0648\u0634",auto:"\u062E\u0648\u062F\u06A9\u0627\u0631",autoWithLabel:"\u062E\u0648\u062F\u06A9\u0627\u0631 ({label})",subtitles:"\u0632\u06CC\u0631\u0646\u0648\u06CC\u0633\u200C\u0647\u0627"}}});var up={};_(up,{default:()=>W0});var W0,pp=j(()=>{W0={buttons:{play:"Toista",pause:"Keskeyt\xE4 toisto",replay:"Toista uudelleen",mute:"Mykist\xE4",unmute:"Poista mykistys"},seek:{forward:"Hypp\xE4\xE4 eteenp\xE4in {seconds} sekuntia",backward:"Hypp\xE4\xE4 taaksep\xE4in {seconds} sekuntia"},fullscreen:{enter:"Koko n\xE4yt\xF6n tila",exit:"Poistu koko n\xE4yt\xF6lt\xE4"},captions:{enable:"Ota tekstitykset k\xE4ytt\xF6\xF6n",disable:"Poista tekstitykset k\xE4yt\xF6st\xE4"},pip:{enter:"Kuva kuvassa -tila",exit:"Poistu kuva kuvassa -tilasta"},live:{playing:"Toistetaan liven\xE4",seekToEdge:"Siirry liveen",badge:"Live"},cast:{start:"Aloita l\xE4hetys",stop:"Lopeta l\xE4hetys",connecting:"Yhdistet\xE4\xE4n"},airplay:{start:"K\xE4ynnist\xE4 AirPlay",stop:"Pys\xE4yt\xE4 AirPlay"},slider:{seek:"Kelaa"},time:{current:"T\xE4m\xE4nhetkinen aika",duration:"Kokonaiskesto",remaining:"J\xE4ljell\xE4 oleva aika",elapsedSuffix:"{duration} kulunutta aikaa",durationSuffix:"{duration} kesto",remainingSuffix:"{duration} j\xE4ljell\xE4",showElapsed:"N\xE4yt\xE4 kulunut aika, {duration}.",showDuration:"N\xE4yt\xE4 kesto, {duration}.",showRemaining:"N\xE4yt\xE4 j\xE4ljell\xE4 oleva aika, {duration}.",toggleElapsed:"Vaihda kuluneen ja j\xE4ljell\xE4 olevan ajan v\xE4lill\xE4.",toggleDuration:"Vaihda keston ja j\xE4ljell\xE4 olevan ajan v\xE4lill\xE4.",position:"{current} / {duration}",unknown:"Mediaa ei ole ladattu, aika ei ole tiedossa."},playback:{rate:"Toistonopeus {rate}"},volume:{mutedValue:"{percent}, mykistetty",muted:"Mykistetty",label:"\xC4\xE4nenvoimakkuus",value:"\xC4\xE4nenvoimakkuus {value}"},status:{captionsOn:"Tekstitys p\xE4\xE4ll\xE4",captionsOff:"Tekstitys pois",paused:"Keskeytetty",playing:"Toistetaan",fullscreen:"Koko n\xE4ytt\xF6",pip:"Kuva kuvassa",exitPip:"Poistu kuva kuvassa -tilasta",seekedTo:"Siirrytty kohtaan {time}"},container:{label:"Mediasoitin"},errors:{aborted:"Olet keskeytt\xE4nyt videotoiston",network:"Verkkovirhe keskeytti videon latauksen.",decode:"Videon toisto keskeytyi, koska videotiedosto on vioittunut tai k\xE4ytt\xE4\xE4 toimintoja, joita selaimesi ei tue.",source:"Videon lataus ei onnistunut joko palvelin- tai verkkovirheest\xE4 tai v\xE4\xE4r\xE4st\xE4 formaatista johtuen.",encrypted:"Media on salattu eik\xE4 siihen ole purkuavaimia.",unplayable:"Soitin ei tue t\xE4t\xE4 mediaa.",title:"Jotain meni pieleen.",unexpected:"Tapahtui virhe. Yrit\xE4 uudelleen."},common:{empty:"",ok:"OK"},menu:{settings:"Asetukset",quality:"Laatu",audio:"\xC4\xE4ni",default:"Oletus",speed:"Nopeus",captions:"Tekstitykset",playbackRate:"Toistonopeus",back:"Takaisin",off:"Pois",auto:"Automaattinen",autoWithLabel:"Automaattinen ({label})",subtitles:"Tekstitykset"}}});var mp={};_(mp,{default:()=>K0});var K0,fp=j(()=>{K0={buttons:{play:"Lecture",pause:"Pause",replay:"Revoir",mute:"Mettre en sourdine",unmute:"Activer le son"},seek:{forward:"Avancer de {seconds} secondes",backward:"Reculer de {seconds} secondes"},fullscreen:{enter:"Plein \xE9cran",exit:"Quitter le plein \xE9cran"},captions:{enable:"Activer les sous-titres",disable:"D\xE9sactiver les sous-titres"},pip:{enter:"Image dans l'image",exit:"Quitter le mode image dans l'image"},live:{playing:"Lecture en direct",seekToEdge:"Aller au direct",badge:"En direct"},cast:{start:"D\xE9marrer la diffusion",stop:"Arr\xEAter la diffusion",connecting:"Connexion"},airplay:{start:"D\xE9marrer AirPlay",stop:"Arr\xEAter AirPlay"},slider:{seek:"Barre de lecture"},time:{current:"Temps actuel",duration:"Dur\xE9e",remaining:"Temps restant",elapsedSuffix:"{duration} de temps \xE9coul\xE9",durationSuffix:"{duration} de dur\xE9e",remainingSuffix:"Il reste {duration}",showElapsed:"Afficher le temps \xE9coul\xE9, {duration}.",showDuration:"Afficher la dur\xE9e, {duration}.",showRemaining:"Afficher le temps restant, {duration}.",toggleElapsed:"Basculer entre le temps \xE9coul\xE9 et le temps restant.",toggleDuration:"Basculer entre la dur\xE9e et le temps restant.",position:"{current} de {duration}",unknown:"M\xE9dia non charg\xE9, dur\xE9e inconnue."},playback:{rate:"Vitesse de lecture {rate}"},volume:{mutedValue:"{percent}, son coup\xE9",muted:"Son coup\xE9",label:"Niveau de volume",value:"Niveau de volume {value}"},status:{captionsOn:"Sous-titres activ\xE9s",captionsOff:"Sous-titres d\xE9sactiv\xE9s",paused:"En pause",playing:"Lecture en cours",fullscreen:"Plein \xE9cran",pip:"Image dans l\u2019image",exitPip:"Quitter l\u2019image dans l\u2019image",seekedTo:"Position de lecture : {time}"},container:{label:"Lecteur multim\xE9dia"},errors:{aborted:"Vous avez interrompu la lecture de la vid\xE9o.",network:"Une erreur de r\xE9seau a interrompu le t\xE9l\xE9chargement de la vid\xE9o.",decode:"La lecture de la vid\xE9o a \xE9t\xE9 interrompue \xE0 cause d'un probl\xE8me de corruption ou parce que la vid\xE9o utilise des fonctionnalit\xE9s non prises en charge par votre navigateur.",source:"Cette vid\xE9o n'a pas pu \xEAtre charg\xE9e, soit parce que le serveur ou le r\xE9seau a \xE9chou\xE9 ou parce que le format n'est pas reconnu.",encrypted:"Le m\xE9dia est chiffr\xE9 et nous n'avons pas les cl\xE9s pour le d\xE9chiffrer.",unplayable:"Ce m\xE9dia n'est pas pris en charge par le lecteur.",title:"Une erreur s\u2019est produite.",unexpected:"Une erreur s\u2019est produite. Veuillez r\xE9essayer."},common:{empty:"",ok:"Fermer"},menu:{settings:"Param\xE8tres",quality:"Qualit\xE9",audio:"Audio",default:"Par d\xE9faut",speed:"Vitesse",captions:"Sous-titres",playbackRate:"Vitesse de lecture",back:"Retour",off:"D\xE9sactiv\xE9",auto:"Auto",autoWithLabel:"Auto ({label})",subtitles:"Sous-titres"}}});var hp={};_(hp,{default:()=>G0});var G0,gp=j(()=>{G0={buttons:{play:"Cluich",pause:"Cuir \u2019na stad",replay:"Cluich a-rithist",mute:"M\xF9ch",unmute:"D\xEC-mh\xF9ch"},seek:{forward:"Gluais air adhart {seconds} diog",backward:"Gluais air ais {seconds} diog"},fullscreen:{enter:"L\xE0n-sgr\xECn",exit:"F\xE0g l\xE0n-sgr\xECn"},captions:{enable:"Cuir capsaidean air",disable:"Toir capsaidean dheth"},pip:{enter:"Dealbh beag anns a\u2019 dealbh mh\xF2r",exit:"F\xE0g dealbh beag anns a\u2019 dealbh mh\xF2r"},live:{playing:"A\u2019 cluich be\xF2",seekToEdge:"T\xE8armann gu be\xF2",badge:"Be\xF2"},cast:{start:"T\xF2isich air tar-chur",stop:"Cuir stad air tar-chur",connecting:"A\u2019 ceangal"},airplay:{start:"T\xF2isich AirPlay",stop:"Cuir stad air AirPlay"},slider:{seek:"Lorg"},time:{current:"An \xF9ine l\xE0ithreach",duration:"Faide",remaining:"An \xF9ine air fh\xE0gail",elapsedSuffix:"{duration} den \xF9ine a chaidh seachad",durationSuffix:"{duration} de dh\u2019fhaid",remainingSuffix:"{duration} air fh\xE0gail",showElapsed:"Seall an \xF9ine a chaidh seachad, {duration}.",showDuration:"Seall an \xF9ine iomlan, {duration}.",showRemaining:"Seall an \xF9ine air fh\xE0gail, {duration}.",toggleElapsed:"Toglaich eadar an \xF9ine a chaidh seachad agus an \xF9ine air fh\xE0gail.",toggleDuration:"Toglaich eadar an fhaid agus an \xF9ine air fh\xE0gail.",position:"{current} \xE0 {duration}",unknown:"Cha deach na meadhanan a luchdadh, \xE0m neo-aithnichte."},playback:{rate:"Reat cluich {rate}"},volume:{mutedValue:"{percent}, air m\xF9chadh",muted:"Air m\xF9chadh",label:"\xC0irde na fuaime",value:"\xC0irde na fuaime {value}"},status:{captionsOn:"Caipseanan air",captionsOff:"Caipseanan dheth",paused:"Air stad",playing:"A\u2019 cluich",fullscreen:"L\xE0n-sgr\xECn",pip:"Dealbh beag anns a\u2019 dealbh mh\xF2r",exitPip:"F\xE0g dealbh beag",seekedTo:"Air a leum gu {time}"},container:{label:"Cluicheadair mheadhanan"},errors:{aborted:"Sguir thu de chluich a\u2019 mheadhain",network:"Cha deach leinn an c\xF2rr dhen mheadhan a luchdadh a-nuas ri linn mearachd l\xEConraidh.",decode:"Sguir sinn de chluich a\u2019 mheadhain \u2013 dh\u2019fhaoidte gu bheil e coirbte no gu bheil gleus aig a\u2019 mheadhan nach cuir am brabhsair taic ris.",source:"Cha b\u2019 urrainn dhuinn am meadhan a luchdadh \u2013 dh\u2019fhaoidte gun do dh\u2019fh\xE0illig leis an fhrithealaiche no an l\xEConra no nach cuir sinn taic ris an fh\xF2rmat.",encrypted:"Tha am meadhan crioptaichte \u2019s chan eil iuchair d\xEC-chrioptachaidh againn dha.",unplayable:"Cha toir an cluicheadair taic dhan mheadhan seo.",title:"Chaidh rudeigin ce\xE0rr.",unexpected:"Thachair mearachd. Feuch ris a-rithist."},common:{empty:"",ok:"D\xF9in"},menu:{settings:"Roghainnean",quality:"C\xE0ileachd",audio:"Fuaim",default:"Bunaiteach",speed:"Astar",captions:"Caipseanan",playbackRate:"Reat cluich",back:"Air ais",off:"Dheth",auto:"F\xE8in-obrachail",autoWithLabel:"F\xE8in-obrachail ({label})",subtitles:"Fo-thiotalan"}}});var bp={};_(bp,{default:()=>$0});var $0,vp=j(()=>{$0={buttons:{play:"Reproducir",pause:"Pausa",replay:"Repetir",mute:"Silenciar",unmute:"Son activado"},seek:{forward:"Avanzar {seconds} segundos",backward:"Retroceder {seconds} segundos"},fullscreen:{enter:"Pantalla completa",exit:"Sa\xEDr da pantalla completa"},captions:{enable:"Activar subt\xEDtulos",disable:"Desactivar subt\xEDtulos"},pip:{enter:"Imaxe en imaxe",exit:"Sa\xEDr de imaxe en imaxe"},live:{playing:"Reproducindo en directo",seekToEdge:"Ir ao directo",badge:"En directo"},cast:{start:"Iniciar emisi\xF3n",stop:"Deter emisi\xF3n",connecting:"Conectando"},airplay:{start:"Iniciar AirPlay",stop:"Deter AirPlay"},slider:{seek:"Buscar"},time:{current:"Tempo reproducido",duration:"Duraci\xF3n",remaining:"Tempo restante",elapsedSuffix:"{duration} de tempo transcorrido",durationSuffix:"{duration} de duraci\xF3n",remainingSuffix:"Quedan {duration}",showElapsed:"Amosar tempo transcorrido, {duration}.",showDuration:"Amosar duraci\xF3n, {duration}.",showRemaining:"Amosar tempo restante, {duration}.",toggleElapsed:"Alternar entre o tempo transcorrido e o tempo restante.",toggleDuration:"Alternar entre a duraci\xF3n e o tempo restante.",position:"{current} de {duration}",unknown:"Contido multimedia non cargado, tempo desco\xF1ecido."},playback:{rate:"Velocidade de reproduci\xF3n {rate}"},volume:{mutedValue:"{percent}, silenciado",muted:"Silenciado",label:"Nivel do volume",value:"Nivel do volume {value}"},status:{captionsOn:"Subt\xEDtulos activados",captionsOff:"Subt\xEDtulos desactivados",paused:"En pausa",playing:"Reproducindo",fullscreen:"Pantalla completa",pip:"Imaxe en imaxe",exitPip:"Sa\xEDr de imaxe en imaxe",seekedTo:"Saltouse a {time}"},container:{label:"Reprodutor multimedia"},errors:{aborted:"Vostede interrompeu a reproduci\xF3n do medio.",network:"Un erro de rede interrompeu a descarga do medio.",decode:"Interrompeuse a reproduci\xF3n do medio por mor dun problema de estragamento dos datos ou porque o medio precisa funci\xF3ns que o seu navegador non ofrece.",source:"Non foi pos\xEDbel cargar o medio por mor dun fallo de rede ou do servidor ou porque o formato non \xE9 compat\xEDbel.",encrypted:"O medio est\xE1 cifrado e non temos as chaves para descifralo.",unplayable:"O reprodutor non admite este medio.",title:"Algo sa\xEDu mal.",unexpected:"Produciuse un erro. Por favor, t\xE9nteo de novo."},common:{empty:"",ok:"Pechar"},menu:{settings:"Axustes",quality:"Calidade",audio:"Son",default:"Predeterminado",speed:"Velocidade",captions:"Subt\xEDtulos para xordos",playbackRate:"Velocidade de reproduci\xF3n",back:"Atr\xE1s",off:"Desactivado",auto:"Autom\xE1tico",autoWithLabel:"Autom\xE1tico ({label})",subtitles:"Subt\xEDtulos"}}});var yp={};_(yp,{default:()=>Y0});var Y0,kp=j(()=>{Y0={buttons:{play:"\u05E0\u05B7\u05D2\u05B5\u05BC\u05DF",pause:"\u05D4\u05E9\u05D4\u05D4",replay:"\u05E0\u05B7\u05D2\u05B5\u05BC\u05DF \u05E9\u05D5\u05D1",mute:"\u05D4\u05E9\u05EA\u05E7",unmute:"\u05D1\u05D8\u05DC \u05D4\u05E9\u05EA\u05E7\u05D4"},seek:{forward:"\u05D3\u05D9\u05DC\u05D5\u05D2 \u05E7\u05D3\u05D9\u05DE\u05D4 {seconds} \u05E9\u05E0\u05D9\u05D5\u05EA",backward:"\u05D3\u05D9\u05DC\u05D5\u05D2 \u05D0\u05D7\u05D5\u05E8\u05D4 {seconds} \u05E9\u05E0\u05D9\u05D5\u05EA"},fullscreen:{enter:"\u05DE\u05E1\u05DA \u05DE\u05DC\u05D0",exit:"\u05D9\u05E6\u05D9\u05D0\u05D4 \u05DE\u05DE\u05E1\u05DA \u05DE\u05DC\u05D0"},captions:{enable:"\u05D4\u05E4\u05E2\u05DC \u05DB\u05EA\u05D5\u05D1\u05D9\u05D5\u05EA",disable:"\u05DB\u05D1\u05D4 \u05DB\u05EA\u05D5\u05D1\u05D9\u05D5\u05EA"},pip:{enter:"\u05EA\u05DE\u05D5\u05E0\u05D4 \u05D1\u05EA\u05D5\u05DA \u05EA\u05DE\u05D5\u05E0\u05D4",exit:"\u05D9\u05E6\u05D9\u05D0\u05D4 \u05DE\u05EA\u05DE\u05D5\u05E0\u05D4 \u05D1\u05EA\u05D5\u05DA \u05EA\u05DE\u05D5\u05E0\u05D4"},live:{playing:"\u05DE\u05E9\u05D3\u05E8 \u05D7\u05D9",seekToEdge:"\u05E2\u05D1\u05D5\u05E8 \u05DC\u05E9\u05D9\u05D3\u05D5\u05E8 \u05D7\u05D9",badge:"\u05E9\u05D9\u05D3\u05D5\u05E8 \u05D7\u05D9"},cast:{start:"\u05D4\u05EA\u05D7\u05DC \u05E9\u05D9\u05D3\u05D5\u05E8",stop:"\u05E2\u05E6\u05D5\u05E8 \u05E9\u05D9\u05D3\u05D5\u05E8",connecting:"\u05DE\u05EA\u05D7\u05D1\u05E8"},airplay:{start:"\u05D4\u05E4\u05E2\u05DC\u05EA AirPlay",stop:"\u05E2\u05E6\u05D9\u05E8\u05EA AirPlay"},slider:{seek:"\u05D7\u05D9\u05E4\u05D5\u05E9"},time:{current:"\u05D6\u05DE\u05DF \u05E0\u05D5\u05DB\u05D7\u05D9",duration:"\u05D6\u05DE\u05DF \u05DB\u05D5\u05DC\u05DC",remaining:"\u05D6\u05DE\u05DF \u05E0\u05D5\u05EA\u05E8",elapsedSuffix:"{duration} \u05D6\u05DE\u05DF \u05E9\u05D7\u05DC\u05E3",durationSuffix:"{duration} \u05DE\u05E9\u05DA \u05D6\u05DE\u05DF",remainingSuffix:"\u05E0\u05D5\u05EA\u05E8\u05D5 {duration}",showElapsed:"\u05D4\u05E6\u05D2 \u05D6\u05DE\u05DF \u05E9\u05D7\u05DC\u05E3, {duration}.",showDuration:"\u05D4\u05E6\u05D2 \u05DE\u05E9\u05DA, {duration}.",showRemaining:"\u05D4\u05E6\u05D2 \u05D6\u05DE\u05DF \u05E9\u05E0\u05D5\u05EA\u05E8, {duration}.",toggleElapsed:"\u05D4\u05D7\u05DC\u05E3 \u05D1\u05D9\u05DF \u05D4\u05D6\u05DE\u05DF \u05E9\u05D7\u05DC\u05E3 \u05DC\u05D6\u05DE\u05DF \u05E9\u05E0\u05D5\u05EA\u05E8.",toggleDuration:"\u05D4\u05D7\u05DC\u05E3 \u05D1\u05D9\u05DF \u05DE\u05E9\u05DA \u05D4\u05D6\u05DE\u05DF \u05DC\u05D6\u05DE\u05DF \u05E9\u05E0\u05D5\u05EA\u05E8.",position:"{current} \u05DE\u05EA\u05D5\u05DA {duration}",unknown:"\u05D4\u05DE\u05D3\u05D9\u05D4 \u05DC\u05D0 \u05E0\u05D8\u05E2\u05E0\u05D4, \u05D6\u05DE\u05DF \u05DC\u05D0 \u05D9\u05D3\u05D5\u05E2."},playback:{rate:"\u05E7\u05E6\u05D1 \u05E0\u05D9\u05D2\u05D5\u05DF {rate}"},volume:{mutedValue:"{percent}, \u05DE\u05D5\u05E9\u05EA\u05E7",muted:"\u05DE\u05D5\u05E9\u05EA\u05E7",label:"\u05E2\u05D5\u05E6\u05DE\u05EA \u05E7\u05D5\u05DC",value:"\u05E2\u05D5\u05E6\u05DE\u05EA \u05E7\u05D5\u05DC {value}"},status:{captionsOn:"\u05DB\u05D9\u05EA\u05D5\u05D1\u05D9\u05DD \u05E4\u05D5\u05E2\u05DC\u05D9\u05DD",captionsOff:"\u05DB\u05D9\u05EA\u05D5\u05D1\u05D9\u05DD \u05DB\u05D1\u05D5\u05D9\u05D9\u05DD",paused:"\u05DE\u05D5\u05E9\u05D4\u05D4",playing:"\u05DE\u05EA\u05E0\u05D2\u05DF",fullscreen:"\u05DE\u05E1\u05DA \u05DE\u05DC\u05D0",pip:"\u05EA\u05DE\u05D5\u05E0\u05D4 \u05D1\u05EA\u05D5\u05DA \u05EA\u05DE\u05D5\u05E0\u05D4",exitPip:"\u05D9\u05E6\u05D9\u05D0\u05D4 \u05DE\u05EA\u05DE\u05D5\u05E0\u05D4 \u05D1\u05EA\u05D5\u05DA \u05EA\u05DE\u05D5\u05E0\u05D4",seekedTo:"\u05D3\u05D9\u05DC\u05D5\u05D2 \u05D0\u05DC {time}"},container:{label:"\u05E0\u05D2\u05DF \u05DE\u05D3\u05D9\u05D4"},errors:{aborted:"\u05D1\u05D9\u05D8\u05DC\u05EA \u05D0\u05EA \u05D4\u05E9\u05DE\u05E2\u05EA \u05D4\u05DE\u05D3\u05D9\u05D4",network:"\u05E9\u05D2\u05D9\u05D0\u05EA \u05E8\u05E9\u05EA \u05D2\u05E8\u05DE\u05D4 \u05DC\u05D4\u05D5\u05E8\u05D3\u05EA \u05D4\u05DE\u05D3\u05D9\u05D4 \u05DC\u05D4\u05D9\u05DB\u05E9\u05DC \u05D1\u05D0\u05DE\u05E6\u05E2.",decode:"\u05D4\u05E9\u05DE\u05E2\u05EA \u05D4\u05DE\u05D3\u05D9\u05D4 \u05D1\u05D5\u05D8\u05DC\u05D4 \u05D1\u05E9\u05DC \u05D1\u05E2\u05D9\u05EA \u05D4\u05E9\u05D7\u05D8\u05EA \u05DE\u05D9\u05D3\u05E2 \u05D0\u05D5 \u05DE\u05DB\u05D9\u05D5\u05D5\u05DF \u05E9\u05D4\u05DE\u05D3\u05D9\u05D4 \u05E2\u05E9\u05EA\u05D4 \u05E9\u05D9\u05DE\u05D5\u05E9 \u05D1\u05EA\u05DB\u05D5\u05E0\u05D5\u05EA \u05E9\u05D4\u05D3\u05E4\u05D3\u05E4\u05DF \u05E9\u05DC\u05DA \u05DC\u05D0 \u05EA\u05DE\u05DA \u05D1\u05D4\u05DF.",source:"\u05DC\u05D0 \u05E0\u05D9\u05EA\u05DF \u05DC\u05D8\u05E2\u05D5\u05DF \u05D0\u05EA \u05D4\u05DE\u05D3\u05D9\u05D4, \u05D0\u05D5 \u05DE\u05DB\u05D9\u05D5\u05D5\u05DF \u05E9\u05D4\u05E8\u05E9\u05EA \u05D0\u05D5 \u05D4\u05E9\u05E8\u05EA \u05DB\u05E9\u05DC\u05D5 \u05D0\u05D5 \u05DE\u05DB\u05D9\u05D5\u05D5\u05DF \u05E9\u05D4\u05E4\u05D5\u05E8\u05DE\u05D8 \u05D0\u05D9\u05E0\u05D5 \u05E0\u05EA\u05DE\u05DA.",encrypted:"\u05D4\u05DE\u05D3\u05D9\u05D4 \u05DE\u05D5\u05E6\u05E4\u05E0\u05EA \u05D5\u05D0\u05D9\u05DF \u05D1\u05D9\u05D3\u05D9\u05E0\u05D5 \u05D0\u05EA \u05D4\u05DE\u05E4\u05EA\u05D7 \u05DB\u05D3\u05D9 \u05DC\u05E4\u05E2\u05E0\u05D7 \u05D0\u05D5\u05EA\u05D4.",unplayable:"\u05D4\u05DE\u05D3\u05D9\u05D4 \u05D4\u05D6\u05D5 \u05D0\u05D9\u05E0\u05D4 \u05E0\u05EA\u05DE\u05DB\u05EA \u05E2\u05DC \u05D9\u05D3\u05D9 \u05D4\u05E0\u05D2\u05DF.",title:"\u05D0\u05D9\u05E8\u05E2\u05D4 \u05E9\u05D2\u05D9\u05D0\u05D4.",unexpected:"\u05D0\u05D9\u05E8\u05E2\u05D4 \u05E9\u05D2\u05D9\u05D0\u05D4. \u05D0\u05E0\u05D0 \u05E0\u05E1\u05D4 \u05E9\u05D5\u05D1."},common:{empty:"",ok:"\u05E1\u05B0\u05D2\u05D5\u05B9\u05E8"},menu:{settings:"\u05D4\u05D2\u05D3\u05E8\u05D5\u05EA",quality:"\u05D0\u05D9\u05DB\u05D5\u05EA",audio:"\u05E9\u05DE\u05E2",default:"\u05D1\u05E8\u05D9\u05E8\u05EA \u05DE\u05D7\u05D3\u05DC",speed:"\u05DE\u05D4\u05D9\u05E8\u05D5\u05EA",captions:"\u05DB\u05EA\u05D5\u05D1\u05D9\u05D5\u05EA",playbackRate:"\u05E7\u05E6\u05D1 \u05E0\u05D9\u05D2\u05D5\u05DF",back:"\u05D7\u05D6\u05E8\u05D4",off:"\u05DB\u05D1\u05D5\u05D9",auto:"\u05D0\u05D5\u05D8\u05D5\u05DE\u05D8\u05D9",autoWithLabel:"\u05D0\u05D5\u05D8\u05D5\u05DE\u05D8\u05D9 ({label})",subtitles:"\u05DB\u05EA\u05D5\u05D1\u05D9\u05D5\u05EA"}}});var xp={};_(xp,{default:()=>X0});var X0,Tp=j(()=>{X0={buttons:{play:"\u091A\u0932\u093E\u090F\u0901",pause:"\u0930\u094B\u0915\u0947\u0902",replay:"\u092B\u093F\u0930 \u0938\u0947 \u091A\u0932\u093E\u090F\u0901",mute:"\u092E\u094D\u092F\u0942\u091F \u0915\u0930\u0947\u0902",unmute:"\u0905\u0928\u092E\u094D\u092F\u0942\u091F \u0915\u0930\u0947\u0902"},seek:{forward:"{seconds} \u0938\u0947\u0915\u0902\u0921 \u0906\u0917\u0947 \u092C\u0922\u093C\u0947\u0902",backward:"{seconds} \u0938\u0947\u0915\u0902\u0921 \u092A\u0940\u091B\u0947 \u091C\u093E\u090F\u0902"},fullscreen:{enter:"\u092B\u093C\u0941\u0932 \u0938\u094D\u0915\u094D\u0930\u0940\u0928",exit:"\u092A\u0942\u0930\u094D\u0923 \u0938\u094D\u0915\u094D\u0930\u0940\u0928 \u0938\u0947 \u092C\u093E\u0939\u0930"},captions:{enable:"\u0915\u0948\u092A\u094D\u0936\u0928 \u091A\u093E\u0932\u0942 \u0915\u0930\u0947\u0902",disable:"\u0915\u0948\u092A\u094D\u0936\u0928 \u092C\u0902\u0926 \u0915\u0930\u0947\u0902"},pip:{enter:"\u092A\u093F\u0915\u094D\u091A\u0930-\u0907\u0928-\u092A\u093F\u0915\u094D\u091A\u0930",exit:"\u092A\u093F\u0915\u094D\u091A\u0930-\u0907\u0928-\u092A\u093F\u0915\u094D\u091A\u0930 \u0938\u0947 \u092C\u093E\u0939\u0930 \u0928\u093F\u0915\u0932\u0947\u0902"},live:{playing:"\u0932\u093E\u0907\u0935 \u091A\u0932 \u0930\u0939\u093E \u0939\u0948",seekToEdge:"\u0932\u093E\u0907\u0935 \u092A\u0930 \u091C\u093E\u090F\u0901",badge:"\u0932\u093E\u0907\u0935"},cast:{start:"\u0915\u093E\u0938\u094D\u091F\u093F\u0902\u0917 \u0936\u0941\u0930\u0942 \u0915\u0930\u0947\u0902",stop:"\u0915\u093E\u0938\u094D\u091F\u093F\u0902\u0917 \u092C\u0902\u0926 \u0915\u0930\u0947\u0902",connecting:"\u0915\u0928\u0947\u0915\u094D\u091F \u0939\u094B \u0930\u0939\u093E \u0939\u0948"},airplay:{start:"AirPlay \u0936\u0941\u0930\u0942 \u0915\u0930\u0947\u0902",stop:"AirPlay \u0930\u094B\u0915\u0947\u0902"},slider:{seek:"\u0916\u094B\u091C\u0947\u0902"},time:{current:"\u0935\u0930\u094D\u0924\u092E\u093E\u0928 \u0938\u092E\u092F",duration:"\u0905\u0935\u0927\u093F",remaining:"\u0936\u0947\u0937 \u0938\u092E\u092F",elapsedSuffix:"{duration} \u092C\u0940\u0924\u093E \u0938\u092E\u092F",durationSuffix:"{duration} \u0905\u0935\u0927\u093F",remainingSuffix:"{duration} \u0936\u0947\u0937",showElapsed:"\u092C\u0940\u0924\u093E \u0938\u092E\u092F \u0926\u093F\u0916\u093E\u090F\u0901, {duration}.",showDuration:"\u0905\u0935\u0927\u093F \u0926\u093F\u0916\u093E\u090F\u0901, {duration}.",showRemaining:"\u0936\u0947\u0937 \u0938\u092E\u092F \u0926\u093F\u0916\u093E\u090F\u0901, {duration}.",toggleElapsed:"\u092C\u0940\u0924\u0947 \u0938\u092E\u092F \u0914\u0930 \u0936\u0947\u0937 \u0938\u092E\u092F \u0915\u0947 \u092C\u0940\u091A \u091F\u0949\u0917\u0932 \u0915\u0930\u0947\u0902\u0964",toggleDuration:"\u0905\u0935\u0927\u093F \u0914\u0930 \u0936\u0947\u0937 \u0938\u092E\u092F \u0915\u0947 \u092C\u0940\u091A \u091F\u0949\u0917\u0932 \u0915\u0930\u0947\u0902\u0964",position:"{duration} \u092E\u0947\u0902 \u0938\u0947 {current}",unknown:"\u092E\u0940\u0921\u093F\u092F\u093E \u0932\u094B\u0921 \u0928\u0939\u0940\u0902 \u0939\u0941\u0906, \u0938\u092E\u092F \u0905\u091C\u094D\u091E\u093E\u0924 \u0939\u0948\u0964"},playback:{rate:"\u091A\u0932\u093E\u0928\u0947 \u0915\u0940 \u0926\u0930 {rate}"},volume:{mutedValue:"{percent}, \u092E\u094D\u092F\u0942\u091F",muted:"\u092E\u094D\u092F\u0942\u091F",label:"\u0935\u0949\u0932\u094D\u092F\u0942\u092E",value:"\u0935\u0949\u0932\u094D\u092F\u0942\u092E {value}"},status:{captionsOn:"\u0915\u0948\u092A\u094D\u0936\u0928 \u091A\u093E\u0932\u0942",captionsOff:"\u0915\u0948\u092A\u094D\u0936\u0928 \u092C\u0902\u0926",paused:"\u0930\u094B\u0915\u093E \u0917\u092F\u093E",playing:"\u091A\u0932 \u0930\u0939\u093E \u0939\u0948",fullscreen:"\u092A\u0942\u0930\u094D\u0923 \u0938\u094D\u0915\u094D\u0930\u0940\u0928",pip:"\u092A\u093F\u0915\u094D\u091A\u0930 \u092E\u0947\u0902 \u092A\u093F\u0915\u094D\u091A\u0930",exitPip:"\u092A\u093F\u0915\u094D\u091A\u0930 \u092E\u0947\u0902 \u092A\u093F\u0915\u094D\u091A\u0930 \u0938\u0947 \u092C\u093E\u0939\u0930",seekedTo:"{time} \u092A\u0930 \u092A\u0939\u0941\u0901\u091A\u093E"},container:{label:"\u092E\u0940\u0921\u093F\u092F\u093E \u092A\u094D\u0932\u0947\u092F\u0930"},errors:{aborted:"\u0906\u092A\u0928\u0947 \u092E\u0940\u0921\u093F\u092F\u093E \u092A\u094D\u0932\u0947\u092C\u0948\u0915 \u0915\u094B \u0930\u094B\u0915 \u0926\u093F\u092F\u093E",network:"\u090F\u0915 \u0928\u0947\u091F\u0935\u0930\u094D\u0915 \u0924\u094D\u0930\u0941\u091F\u093F \u0915\u0947 \u0915\u093E\u0930\u0923 \u092E\u0940\u0921\u093F\u092F\u093E \u0921\u093E\u0909\u0928\u0932\u094B\u0921 \u0906\u0902\u0936\u093F\u0915 \u0930\u0942\u092A \u0938\u0947 \u0935\u093F\u092B\u0932 \u0939\u094B \u0917\u092F\u093E\u0964",decode:"\u092E\u0940\u0921\u093F\u092F\u093E \u092A\u094D\u0932\u0947\u092C\u0948\u0915 \u0928\u093F\u0930\u0938\u094D\u0924 \u0915\u0930 \u0926\u093F\u092F\u093E \u0917\u092F\u093E, \u0915\u093E\u0930\u0923: \u0926\u0942\u0937\u0923 \u0915\u0940 \u0938\u092E\u0938\u094D\u092F\u093E \u092F\u093E \u092E\u0940\u0921\u093F\u092F\u093E \u0928\u0947 \u0909\u0928 \u0938\u0941\u0935\u093F\u0927\u093E\u0913\u0902 \u0915\u093E \u0909\u092A\u092F\u094B\u0917 \u0915\u093F\u092F\u093E \u0925\u093E \u091C\u093F\u0928\u0915\u093E \u0906\u092A\u0915\u0947 \u092C\u094D\u0930\u093E\u0909\u091C\u093C\u0930 \u0928\u0947 \u0938\u092E\u0930\u094D\u0925\u0928 \u0928\u0939\u0940\u0902 \u0915\u093F\u092F\u093E\u0964",source:"\u092E\u0940\u0921\u093F\u092F\u093E \u0932\u094B\u0921 \u0928\u0939\u0940\u0902 \u0915\u093F\u092F\u093E \u091C\u093E \u0938\u0915\u093E, \u092F\u093E \u0924\u094B \u0938\u0930\u094D\u0935\u0930 \u092F\u093E \u0928\u0947\u091F\u0935\u0930\u094D\u0915 \u0935\u093F\u092B\u0932 \u0939\u094B\u0928\u0947 \u0915\u0947 \u0915\u093E\u0930\u0923 \u092F\u093E \u092A\u094D\u0930\u093E\u0930\u0942\u092A \u0938\u092E\u0930\u094D\u0925\u093F\u0924 \u0928\u0939\u0940\u0902 \u0939\u094B\u0928\u0947 \u0915\u0947 \u0915\u093E\u0930\u0923\u0964",encrypted:"\u092E\u0940\u0921\u093F\u092F\u093E \u090F\u0928\u094D\u0915\u094D\u0930\u093F\u092A\u094D\u091F\u0947\u0921 \u0939\u0948 \u0914\u0930 \u0939\u092E\u093E\u0930\u0947 \u092A\u093E\u0938 \u0907\u0938\u0947 \u0921\u093F\u0915\u094D\u0930\u093F\u092A\u094D\u091F \u0915\u0930\u0928\u0947 \u0915\u0940 \u091A\u093E\u092C\u0940 \u0928\u0939\u0940\u0902 \u0939\u0948\u0964",unplayable:"\u092F\u0939 \u092E\u0940\u0921\u093F\u092F\u093E \u092A\u094D\u0932\u0947\u092F\u0930 \u0926\u094D\u0935\u093E\u0930\u093E \u0938\u092E\u0930\u094D\u0925\u093F\u0924 \u0928\u0939\u0940\u0902 \u0939\u0948\u0964",title:"\u0915\u0941\u091B \u0917\u0932\u0924 \u0939\u0941\u0906\u0964",unexpected:"\u090F\u0915 \u0924\u094D\u0930\u0941\u091F\u093F \u0939\u0941\u0908\u0964 \u0915\u0943\u092A\u092F\u093E \u092A\u0941\u0928\u0903 \u092A\u094D\u0930\u092F\u093E\u0938 \u0915\u0930\u0947\u0902\u0964"},common:{empty:"",ok:"\u092C\u0902\u0926 \u0915\u0930\u0947\u0902"},menu:{settings:"\u0938\u0947\u091F\u093F\u0902\u0917\u094D\u0938",quality:"\u0930\u0947\u091C\u093C\u094B\u0932\u094D\u092F\u0942\u0936\u0928",audio:"\u0911\u0921\u093F\u092F\u094B",default:"\u0921\u093F\u092B\u093C\u0949\u0932\u094D\u091F",speed:"\u0917\u0924\u093F",captions:"\u0915\u0948\u092A\u094D\u0936\u0928",playbackRate:"\u092A\u094D\u0932\u0947\u092C\u0948\u0915 \u0926\u0930",back:"\u0935\u093E\u092A\u0938",off:"\u092C\u0902\u0926",auto:"\u0911\u091F\u094B",autoWithLabel:"\u0911\u091F\u094B ({label})",subtitles:"\u0909\u092A\u0936\u0940\u0930\u094D\u0937\u0915"}}});var wp={};_(wp,{default:()=>Z0});var Z0,Sp=j(()=>{Z0={buttons:{play:"Pusti",pause:"Pauza",replay:"Ponovi",mute:"Prigu\u0161en",unmute:"Ne-prigu\u0161en"},seek:{forward:"Presko\u010Di naprijed {seconds} sekundi",backward:"Presko\u010Di unatrag {seconds} sekundi"},fullscreen:{enter:"Puni ekran",exit:"Iza\u0111i iz cijelog zaslona"},captions:{enable:"Uklju\u010Di titlove",disable:"Isklju\u010Di titlove"},pip:{enter:"Slika u slici",exit:"Iza\u0111i iz slike u slici"},live:{playing:"Reprodukcija u\u017Eivo",seekToEdge:"Prije\u0111i na live",badge:"U\u017Eivo"},cast:{start:"Pokreni emitiranje",stop:"Zaustavi emitiranje",connecting:"Povezivanje"},airplay:{start:"Pokreni AirPlay",stop:"Zaustavi AirPlay"},slider:{seek:"Premotavanje"},time:{current:"Trenutno vrijeme",duration:"Vrijeme trajanja",remaining:"Preostalo vrijeme",elapsedSuffix:"{duration} proteklog vremena",durationSuffix:"{duration} trajanja",remainingSuffix:"Preostalo {duration}",showElapsed:"Prika\u017Ei proteklo vrijeme, {duration}.",showDuration:"Prika\u017Ei trajanje, {duration}.",showRemaining:"Prika\u017Ei preostalo vrijeme, {duration}.",toggleElapsed:"Prebacivanje izme\u0111u proteklog i preostalog vremena.",toggleDuration:"Prebacivanje izme\u0111u trajanja i preostalog vremena.",position:"{current} od {duration}",unknown:"Medijski sadr\u017Eaj nije u\u010Ditan, vrijeme nije poznato."},playback:{rate:"Stopa reprodukcije {rate}"},volume:{mutedValue:"{percent}, uti\u0161ano",muted:"Uti\u0161ano",label:"Glasno\u0107a",value:"Glasno\u0107a {value}"},status:{captionsOn:"Titlovi uklju\u010Deni",captionsOff:"Titlovi isklju\u010Deni",paused:"Pauzirano",playing:"Reproducira se",fullscreen:"Cijeli zaslon",pip:"Slika u slici",exitPip:"Iza\u0111i iz slike u slici",seekedTo:"Premotano na {time}"},container:{label:"Medijski reproduktor"},errors:{aborted:"Isklju\u010Dili ste reprodukciju videa.",network:"Video se prestao preuzimati zbog gre\u0161ke na mre\u017Ei.",decode:"Reprodukcija videa je zaustavljenja zbog gre\u0161ke u formatu ili zbog verzije va\u0161eg pretra\u017Eiva\u010Da.",source:"Video se ne mo\u017Ee reproducirati zbog servera, gre\u0161ke u mre\u017Ei ili je format ne podr\u017Ean.",encrypted:"Medij je \u0161ifriran i nema klju\u010Deva za de\u0161ifriranje.",unplayable:"Reproduktor ne podr\u017Eava ovaj medij.",title:"Ne\u0161to je po\u0161lo po zlu.",unexpected:"Do\u0161lo je do pogre\u0161ke. Poku\u0161ajte ponovo."},common:{empty:"",ok:"Zatvori"},menu:{settings:"Postavke",quality:"Kvaliteta",audio:"Zvuk",default:"Zadano",speed:"Brzina",captions:"Titlovi",playbackRate:"Brzina reprodukcije",back:"Natrag",off:"Isklju\u010Deno",auto:"Automatski",autoWithLabel:"Automatski ({label})",subtitles:"Titlovi"}}});var Ep={};_(Ep,{default:()=>Q0});var Q0,Cp=j(()=>{Q0={buttons:{play:"Lej\xE1tsz\xE1s",pause:"Sz\xFCnet",replay:"Visszaj\xE1tsz\xE1s",mute:"N\xE9m\xEDt\xE1s",unmute:"N\xE9m\xEDt\xE1s kikapcsolva"},seek:{forward:"Ugr\xE1s el\u0151re {seconds} m\xE1sodpercet",backward:"Ugr\xE1s vissza {seconds} m\xE1sodpercet"},fullscreen:{enter:"Teljes k\xE9perny\u0151",exit:"Kil\xE9p\xE9s teljes k\xE9perny\u0151b\u0151l"},captions:{enable:"Feliratok bekapcsol\xE1sa",disable:"Feliratok kikapcsol\xE1sa"},pip:{enter:"K\xE9p a k\xE9pben",exit:"Kil\xE9p\xE9s k\xE9p a k\xE9pben m\xF3db\xF3l"},live:{playing:"\xC9l\u0151 ad\xE1s",seekToEdge:"Ugr\xE1s az \xE9l\u0151 ad\xE1shoz",badge:"\xC9l\u0151"},cast:{start:"Vet\xEDt\xE9s ind\xEDt\xE1sa",stop:"Vet\xEDt\xE9s le\xE1ll\xEDt\xE1sa",connecting:"Csatlakoz\xE1s"},airplay:{start:"AirPlay ind\xEDt\xE1sa",stop:"AirPlay le\xE1ll\xEDt\xE1sa"},slider:{seek:"Teke"},time:{current:"Aktu\xE1lis id\u0151pont",duration:"Hossz",remaining:"H\xE1tral\xE9v\u0151 id\u0151",elapsedSuffix:"{duration} eltelt id\u0151",durationSuffix:"{duration} id\u0151tartam",remainingSuffix:"{duration} van h\xE1tra",showElapsed:"Eltelt id\u0151 megjelen\xEDt\xE9se, {duration}.",showDuration:"Id\u0151tartam megjelen\xEDt\xE9se, {duration}.",showRemaining:"H\xE1tral\xE9v\u0151 id\u0151 megjelen\xEDt\xE9se, {duration}.",toggleElapsed:"V\xE1lt\xE1s az eltelt \xE9s a h\xE1tral\xE9v\u0151 id\u0151 k\xF6z\xF6tt.",toggleDuration:"V\xE1lt\xE1s az id\u0151tartam \xE9s a h\xE1tral\xE9v\u0151 id\u0151 k\xF6z\xF6tt.",position:"{current} / {duration}",unknown:"A m\xE9dia nem t\xF6lt\u0151d\xF6tt be, ismeretlen hossz."},playback:{rate:"Lej\xE1tsz\xE1si sebess\xE9g {rate}"},volume:{mutedValue:"{percent}, n\xE9m\xEDtva",muted:"N\xE9m\xEDtva",label:"Hanger\u0151",value:"Hanger\u0151 {value}"},status:{captionsOn:"Feliratok bekapcsolva",captionsOff:"Feliratok kikapcsolva",paused:"Sz\xFCneteltetve",playing:"Lej\xE1tsz\xE1s",fullscreen:"Teljes k\xE9perny\u0151",pip:"K\xE9p a k\xE9pben",exitPip:"Kil\xE9p\xE9s k\xE9p a k\xE9pben m\xF3db\xF3l",seekedTo:"Ugr\xE1s ide: {time}"},container:{label:"M\xE9dialej\xE1tsz\xF3"},errors:{aborted:"Le\xE1ll\xEDtotta a lej\xE1tsz\xE1st",network:"H\xE1l\xF3zati hiba miatt a vide\xF3 r\xE9szlegesen t\xF6lt\u0151d\xF6tt le.",decode:"A lej\xE1tsz\xE1s adats\xE9r\xFCl\xE9s miatt le\xE1llt, vagy a vide\xF3 egyes tulajdons\xE1gait a b\xF6ng\xE9sz\u0151je nem t\xE1mogatja.",source:"A vide\xF3 nem t\xF6lthet\u0151 be h\xE1l\xF3zati vagy kiszolg\xE1l\xF3i hiba miatt, vagy a form\xE1tuma nem t\xE1mogatott.",encrypted:"A m\xE9dia titkos\xEDtva van \xE9s nincsenek kulcsok a visszafejt\xE9shez.",unplayable:"A lej\xE1tsz\xF3 nem t\xE1mogatja ezt a m\xE9di\xE1t.",title:"Valami hiba t\xF6rt\xE9nt.",unexpected:"Hiba t\xF6rt\xE9nt. K\xE9rj\xFCk, pr\xF3b\xE1lja \xFAjra."},common:{empty:"",ok:"Bez\xE1r\xE1s"},menu:{settings:"Be\xE1ll\xEDt\xE1sok",quality:"Min\u0151s\xE9g",audio:"Hang",default:"Alap\xE9rtelmezett",speed:"Sebess\xE9g",captions:"Feliratok",playbackRate:"Lej\xE1tsz\xE1si sebess\xE9g",back:"Vissza",off:"Ki",auto:"Automatikus",autoWithLabel:"Automatikus ({label})",subtitles:"Feliratok"}}});var Pp={};_(Pp,{default:()=>J0});var J0,Ap=j(()=>{J0={buttons:{play:"Putar",pause:"Jeda",replay:"Putar ulang",mute:"Bisukan",unmute:"Bunyikan"},seek:{forward:"Maju {seconds} detik",backward:"Mundur {seconds} detik"},fullscreen:{enter:"Masuk layar penuh",exit:"Keluar layar penuh"},captions:{enable:"Aktifkan teks",disable:"Nonaktifkan teks"},pip:{enter:"Masuk mode mini",exit:"Keluar dari mode mini"},live:{playing:"Sedang diputar langsung",seekToEdge:"Ke siaran langsung",badge:"Langsung"},cast:{start:"Mulai transmisi",stop:"Hentikan transmisi",connecting:"Menghubungkan"},airplay:{start:"Mulai AirPlay",stop:"Hentikan AirPlay"},slider:{seek:"Cari"},time:{current:"Waktu saat ini",duration:"Durasi",remaining:"Waktu tersisa",elapsedSuffix:"{duration} waktu berlalu",durationSuffix:"{duration} durasi",remainingSuffix:"{duration} tersisa",showElapsed:"Tampilkan waktu berlalu, {duration}.",showDuration:"Tampilkan durasi, {duration}.",showRemaining:"Tampilkan waktu tersisa, {duration}.",toggleElapsed:"Beralih antara waktu berlalu dan waktu tersisa.",toggleDuration:"Beralih antara durasi dan waktu tersisa.",position:"{current} dari {duration}",unknown:"Media belum dimuat, waktu tidak diketahui."},playback:{rate:"Kecepatan pemutaran {rate}"},volume:{mutedValue:"{percent}, dibisukan",muted:"Dibisukan",label:"Volume",value:"Volume {value}"},status:{captionsOn:"Teks aktif",captionsOff:"Teks nonaktif",paused:"Dijeda",playing:"Sedang diputar",fullscreen:"Layar penuh",pip:"Mode mini",exitPip:"Keluar dari mode mini",seekedTo:"Melompat ke {time}"},container:{label:"Pemutar media"},errors:{aborted:"Anda menghentikan pemutaran media sebelum selesai.",network:"Media tidak dapat dimuat karena masalah jaringan atau server.",decode:"Media tidak dapat diputar. Media mungkin rusak atau formatnya tidak didukung oleh peramban Anda.",source:"Media tidak dapat dimuat. Media mungkin tidak tersedia atau formatnya tidak didukung oleh peramban Anda.",encrypted:"Media tidak dapat diputar karena tidak dapat didekripsi.",unplayable:"Media ini tidak didukung oleh pemutar.",title:"Terjadi kesalahan.",unexpected:"Terjadi kesalahan yang tidak terduga."},common:{empty:"",ok:"OK"},menu:{settings:"Pengaturan",quality:"Kualitas",audio:"Audio",default:"Bawaan",speed:"Kecepatan",captions:"Pilihan teks",playbackRate:"Kecepatan pemutaran",back:"Kembali",off:"Nonaktif",auto:"Otomatis",autoWithLabel:"Otomatis ({label})",subtitles:"Teks"}}});var Ip={};_(Ip,{default:()=>ex});var ex,Mp=j(()=>{ex={buttons:{play:"Riproduci",pause:"Pausa",replay:"Riproduci di nuovo",mute:"Disattiva l\u2019audio",unmute:"Attiva l\u2019audio"},seek:{forward:"Avanti {seconds} secondi",backward:"Indietro {seconds} secondi"},fullscreen:{enter:"Schermo intero",exit:"Esci da schermo intero"},captions:{enable:"Attiva sottotitoli",disable:"Disattiva sottotitoli"},pip:{enter:"Riproduzione in finestra",exit:"Chiudi riproduzione in finestra"},live:{playing:"Riproduzione in diretta",seekToEdge:"Vai al live",badge:"In diretta"},cast:{start:"Avvia trasmissione",stop:"Interrompi trasmissione",connecting:"Connessione"},airplay:{start:"Avvia AirPlay",stop:"Arresta AirPlay"},slider:{seek:"Scorrimento"},time:{current:"Orario attuale",duration:"Durata",remaining:"Tempo rimanente",elapsedSuffix:"{duration} di tempo trascorso",durationSuffix:"{duration} di durata",remainingSuffix:"Restano {duration}",showElapsed:"Mostra tempo trascorso, {duration}.",showDuration:"Mostra durata, {duration}.",showRemaining:"Mostra tempo rimanente, {duration}.",toggleElapsed:"Alterna tra il tempo trascorso e il tempo rimanente.",toggleDuration:"Alterna tra la durata e il tempo rimanente.",position:"{current} di {duration}",unknown:"Contenuto multimediale non caricato, tempo sconosciuto."},playback:{rate:"Velocit\xE0 di riproduzione {rate}"},volume:{mutedValue:"{percent}, audio disattivato",muted:"Audio disattivato",label:"Livello del volume",value:"Livello del volume {value}"},status:{captionsOn:"Sottotitoli attivi",captionsOff:"Sottotitoli disattivi",paused:"In pausa",playing:"In riproduzione",fullscreen:"Schermo intero",pip:"Riproduzione in finestra",exitPip:"Chiudi riproduzione in finestra",seekedTo:"Posizione di riproduzione: {time}"},container:{label:"Lettore multimediale"},errors:{aborted:"La riproduzione del contenuto multimediale \xE8 stata interrotta.",network:"Il download del contenuto multimediale \xE8 stato interrotto a causa di un problema rete.",decode:"La riproduzione del contenuto multimediale \xE8 stata interrotta a causa di un file danneggiato o per l\u2019utilizzo di impostazioni non supportate dal browser.",source:"Il contenuto multimediale non pu\xF2 essere caricato a causa di un errore nel server o nella rete o perch\xE9 il formato non viene supportato.",encrypted:"Il contenuto multimediale \xE8 criptato e non disponiamo delle chiavi per decifrarlo.",unplayable:"Questo contenuto multimediale non \xE8 supportato dal lettore.",title:"Qualcosa \xE8 andato storto.",unexpected:"Si \xE8 verificato un errore. Riprova."},common:{empty:"",ok:"Chiudi"},menu:{settings:"Impostazioni",quality:"Qualit\xE0",audio:"Audio",default:"Predefinito",speed:"Velocit\xE0",captions:"Sottotitoli",playbackRate:"Velocit\xE0 di riproduzione",back:"Indietro",off:"Disattivato",auto:"Auto",autoWithLabel:"Auto ({label})",subtitles:"Sottotitoli"}}});var Rp={};_(Rp,{default:()=>tx});var tx,Dp=j(()=>{tx={buttons:{play:"\u518D\u751F",pause:"\u4E00\u6642\u505C\u6B62",replay:"\u3082\u3046\u4E00\u5EA6\u898B\u308B",mute:"\u30DF\u30E5\u30FC\u30C8",unmute:"\u30B5\u30A6\u30F3\u30C9\u3092\u30AA\u30F3"},seek:{forward:"{seconds}\u79D2\u9032\u3080",backward:"{seconds}\u79D2\u623B\u308B"},fullscreen:{enter:"\u30D5\u30EB\u30B9\u30AF\u30EA\u30FC\u30F3",exit:"\u5168\u753B\u9762\u8868\u793A\u89E3\u9664"},captions:{enable:"\u5B57\u5E55\u3092\u8868\u793A",disable:"\u5B57\u5E55\u3092\u975E\u8868\u793A"},pip:{enter:"\u30D4\u30AF\u30C1\u30E3\u30FC\u30A4\u30F3\u30D4\u30AF\u30C1\u30E3\u30FC",exit:"\u30D4\u30AF\u30C1\u30E3\u30FC\u30A4\u30F3\u30D4\u30AF\u30C1\u30E3\u30FC\u6A5F\u80FD\u306E\u7D42\u4E86"},live:{playing:"\u30E9\u30A4\u30D6\u518D\u751F\u4E2D",seekToEdge:"\u30E9\u30A4\u30D6\u4F4D\u7F6E\u3078\u79FB\u52D5",badge:"\u30E9\u30A4\u30D6"},cast:{start:"\u30AD\u30E3\u30B9\u30C8\u958B\u59CB",stop:"\u30AD\u30E3\u30B9\u30C8\u505C\u6B62",connecting:"\u63A5\u7D9A\u4E2D"},airplay:{start:"AirPlay\u3092\u958B\u59CB",stop:"AirPlay\u3092\u505C\u6B62"},slider:{seek:"\u30B7\u30FC\u30AF"},time:{current:"\u73FE\u5728\u306E\u6642\u9593",duration:"\u9577\u3055",remaining:"\u6B8B\u308A\u306E\u6642\u9593",elapsedSuffix:"{duration} \u306E\u7D4C\u904E\u6642\u9593",durationSuffix:"{duration} \u306E\u9577\u3055",remainingSuffix:"\u6B8B\u308A {duration}",showElapsed:"\u7D4C\u904E\u6642\u9593\u3092\u8868\u793A, {duration}.",showDuration:"\u518D\u751F\u6642\u9593\u3092\u8868\u793A, {duration}.",showRemaining:"\u6B8B\u308A\u6642\u9593\u3092\u8868\u793A, {duration}.",toggleElapsed:"\u7D4C\u904E\u6642\u9593\u3068\u6B8B\u308A\u6642\u9593\u3092\u5207\u308A\u66FF\u3048\u307E\u3059\u3002",toggleDuration:"\u518D\u751F\u6642\u9593\u3068\u6B8B\u308A\u6642\u9593\u3092\u5207\u308A\u66FF\u3048\u307E\u3059\u3002",position:"{duration}\u306E{current}",unknown:"\u30E1\u30C7\u30A3\u30A2\u304C\u8AAD\u307F\u8FBC\u307E\u308C\u3066\u3044\u306A\u3044\u305F\u3081\u3001\u6642\u9593\u306F\u4E0D\u660E\u3067\u3059\u3002"},playback:{rate:"\u518D\u751F\u30EC\u30FC\u30C8 {rate}"},volume:{mutedValue:"{percent}\u3001\u30DF\u30E5\u30FC\u30C8",muted:"\u30DF\u30E5\u30FC\u30C8",label:"\u97F3\u91CF",value:"\u97F3\u91CF {value}"},status:{captionsOn:"\u5B57\u5E55\u30AA\u30F3",captionsOff:"\u5B57\u5E55\u30AA\u30D5",paused:"\u4E00\u6642\u505C\u6B62",playing:"\u518D\u751F\u4E2D",fullscreen:"\u5168\u753B\u9762\u8868\u793A",pip:"\u30D4\u30AF\u30C1\u30E3\u30FC\u30A4\u30F3\u30D4\u30AF\u30C1\u30E3\u30FC\u8868\u793A",exitPip:"\u30D4\u30AF\u30C1\u30E3\u30FC\u30A4\u30F3\u30D4\u30AF\u30C1\u30E3\u30FC\u8868\u793A\u89E3\u9664",seekedTo:"{time}\u306B\u79FB\u52D5\u3057\u307E\u3057\u305F"},container:{label:"\u30E1\u30C7\u30A3\u30A2\u30D7\u30EC\u30A4\u30E4\u30FC"},errors:{aborted:"\u52D5\u753B\u518D\u751F\u3092\u4E2D\u6B62\u3057\u307E\u3057\u305F",network:"\u30CD\u30C3\u30C8\u30EF\u30FC\u30AF \u30A8\u30E9\u30FC\u306B\u3088\u308A\u52D5\u753B\u306E\u30C0\u30A6\u30F3\u30ED\u30FC\u30C9\u304C\u9014\u4E2D\u3067\u5931\u6557\u3057\u307E\u3057\u305F",decode:"\u7834\u640D\u306E\u554F\u984C\u3001\u307E\u305F\u306F\u304A\u4F7F\u3044\u306E\u30D6\u30E9\u30A6\u30B6\u304C\u30B5\u30DD\u30FC\u30C8\u3057\u3066\u3044\u306A\u3044\u6A5F\u80FD\u304C\u52D5\u753B\u306B\u4F7F\u7528\u3055\u308C\u3066\u3044\u305F\u305F\u3081\u3001\u52D5\u753B\u306E\u518D\u751F\u304C\u4E2D\u6B62\u3055\u308C\u307E\u3057\u305F",source:"\u30B5\u30FC\u30D0\u30FC\u307E\u305F\u306F\u30CD\u30C3\u30C8\u30EF\u30FC\u30AF\u306E\u30A8\u30E9\u30FC\u3001\u307E\u305F\u306F\u30D5\u30A9\u30FC\u30DE\u30C3\u30C8\u304C\u30B5\u30DD\u30FC\u30C8\u3055\u308C\u3066\u3044\u306A\u3044\u305F\u3081\u3001\u52D5\u753B\u3092\u30ED\u30FC\u30C9\u3067\u304D\u307E\u305B\u3093\u3067\u3057\u305F",encrypted:"\u30E1\u30C7\u30A3\u30A2\u306F\u6697\u53F7\u5316\u3055\u308C\u3066\u304A\u308A\u3001\u89E3\u8AAD\u3059\u308B\u305F\u3081\u306E\u30AD\u30FC\u304C\u3042\u308A\u307E\u305B\u3093\u3002",unplayable:"\u3053\u306E\u30E1\u30C7\u30A3\u30A2\u306F\u30E1\u30C7\u30A3\u30A2\u30D7\u30EC\u30A4\u30E4\u30FC\u3067\u30B5\u30DD\u30FC\u30C8\u3055\u308C\u3066\u3044\u307E\u305B\u3093\u3002",title:"\u554F\u984C\u304C\u767A\u751F\u3057\u307E\u3057\u305F\u3002",unexpected:"\u30A8\u30E9\u30FC\u304C\u767A\u751F\u3057\u307E\u3057\u305F\u3002\u518D\u5EA6\u304A\u8A66\u3057\u304F\u3060\u3055\u3044\u3002"},common:{empty:"",ok:"\u9589\u3058\u308B"},menu:{settings:"\u8A2D\u5B9A",quality:"\u753B\u8CEA",audio:"\u97F3\u58F0",default:"\u30C7\u30D5\u30A9\u30EB\u30C8",speed:"\u901F\u5EA6",captions:"\u5B57\u5E55",playbackRate:"\u518D\u751F\u901F\u5EA6",back:"\u623B\u308B",off:"\u30AA\u30D5",auto:"\u81EA\u52D5",autoWithLabel:"\u81EA\u52D5 ({label})",subtitles:"\u5B57\u5E55"}}});var Op={};_(Op,{default:()=>ix});var ix,Lp=j(()=>{ix={buttons:{play:"\uC7AC\uC0DD",pause:"\uC77C\uC2DC\uC911\uC9C0",replay:"\uB2E4\uC2DC \uC7AC\uC0DD",mute:"\uC74C\uC18C\uAC70",unmute:"\uC18C\uB9AC \uD65C\uC131\uD654\uD558\uAE30"},seek:{forward:"{seconds}\uCD08 \uC55E\uC73C\uB85C",backward:"{seconds}\uCD08 \uB4A4\uB85C"},fullscreen:{enter:"\uC804\uCCB4 \uD654\uBA74",exit:"\uC804\uCCB4 \uD654\uBA74 \uC885\uB8CC"},captions:{enable:"\uC790\uB9C9 \uCF1C\uAE30",disable:"\uC790\uB9C9 \uB044\uAE30"},pip:{enter:"\uD654\uBA74 \uC18D \uD654\uBA74",exit:"\uD654\uBA74 \uC18D \uD654\uBA74 \uC885\uB8CC"},live:{playing:"\uB77C\uC774\uBE0C \uC7AC\uC0DD \uC911",seekToEdge:"\uB77C\uC774\uBE0C \uC9C0\uC810\uC73C\uB85C \uC774\uB3D9",badge:"\uB77C\uC774\uBE0C"},cast:{start:"\uC804\uC1A1 \uC2DC\uC791",stop:"\uC804\uC1A1 \uC911\uC9C0",connecting:"\uC5F0\uACB0 \uC911"},airplay:{start:"AirPlay \uC2DC\uC791",stop:"AirPlay \uC911\uC9C0"},slider:{seek:"\uD0D0\uC0C9"},time:{current:"\uD604\uC7AC \uC2DC\uAC04",duration:"\uC9C0\uC815 \uAE30\uAC04",remaining:"\uB0A8\uC740 \uC2DC\uAC04",elapsedSuffix:"{duration} \uACBD\uACFC \uC2DC\uAC04",durationSuffix:"{duration} \uC7AC\uC0DD \uC2DC\uAC04",remainingSuffix:"{duration} \uB0A8\uC74C",showElapsed:"\uACBD\uACFC \uC2DC\uAC04 \uD45C\uC2DC, {duration}.",showDuration:"\uAE38\uC774 \uD45C\uC2DC, {duration}.",showRemaining:"\uB0A8\uC740 \uC2DC\uAC04 \uD45C\uC2DC, {duration}.",toggleElapsed:"\uACBD\uACFC \uC2DC\uAC04\uACFC \uB0A8\uC740 \uC2DC\uAC04 \uC0AC\uC774\uB97C \uC804\uD658\uD569\uB2C8\uB2E4.",toggleDuration:"\uC7AC\uC0DD \uC2DC\uAC04\uACFC \uB0A8\uC740 \uC2DC\uAC04 \uC0AC\uC774\uB97C \uC804\uD658\uD569\uB2C8\uB2E4.",position:"{duration} \uC911 {current}",unknown:"\uBBF8\uB514\uC5B4\uB97C \uBD88\uB7EC\uC624\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4. \uC7AC\uC0DD \uC2DC\uAC04\uC744 \uD655\uC778\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4."},playback:{rate:"\uC7AC\uC0DD \uC18D\uB3C4 {rate}"},volume:{mutedValue:"{percent}, \uC74C\uC18C\uAC70",muted:"\uC74C\uC18C\uAC70",label:"\uBCFC\uB968",value:"\uBCFC\uB968 {value}"},status:{captionsOn:"\uC790\uB9C9 \uCF1C\uC9D0",captionsOff:"\uC790\uB9C9 \uAEBC\uC9D0",paused:"\uC77C\uC2DC\uC815\uC9C0",playing:"\uC7AC\uC0DD \uC911",fullscreen:"\uC804\uCCB4 \uD654\uBA74",pip:"\uD654\uBA74 \uC18D \uD654\uBA74",exitPip:"\uD654\uBA74 \uC18D \uD654\uBA74 \uC885\uB8CC",seekedTo:"\uC774\uB3D9 \uC704\uCE58: {time}"},container:{label:"\uBBF8\uB514\uC5B4 \uD50C\uB808\uC774\uC5B4"},errors:{aborted:"\uBE44\uB514\uC624 \uC7AC\uC0DD\uC744 \uCDE8\uC18C\uD588\uC2B5\uB2C8\uB2E4.",network:"\uB124\uD2B8\uC6CC\uD06C \uC624\uB958\uB85C \uC778\uD558\uC5EC \uBE44\uB514\uC624 \uC77C\uBD80\uB97C \uB2E4\uC6B4\uB85C\uB4DC\uD558\uC9C0 \uBABB \uD588\uC2B5\uB2C8\uB2E4.",decode:"\uBE44\uB514\uC624 \uC7AC\uC0DD\uC774 \uCDE8\uC18C\uB410\uC2B5\uB2C8\uB2E4. \uBE44\uB514\uC624\uAC00 \uC190\uC0C1\uB418\uC5C8\uAC70\uB098 \uBE44\uB514\uC624\uAC00 \uC0AC\uC6A9\uD558\uB294 \uAE30\uB2A5\uC744 \uBE0C\uB77C\uC6B0\uC800\uC5D0\uC11C \uC9C0\uC6D0\uD558\uC9C0 \uC54A\uB294 \uAC83 \uAC19\uC2B5\uB2C8\uB2E4.",source:"\uBE44\uB514\uC624\uB97C \uB85C\uB4DC\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uC11C\uBC84 \uD639\uC740 \uB124\uD2B8\uC6CC\uD06C \uC624\uB958 \uB54C\uBB38\uC774\uAC70\uB098 \uC9C0\uC6D0\uB418\uC9C0 \uC54A\uB294 \uD615\uC2DD \uB54C\uBB38\uC77C \uC218 \uC788\uC2B5\uB2C8\uB2E4.",encrypted:"\uBBF8\uB514\uC5B4\uB294 \uC554\uD638\uD654\uB418\uC5B4 \uC788\uC73C\uBA70 \uC774\uB97C \uD574\uB3C5\uD560 \uD0A4\uB97C \uAC16\uACE0 \uC788\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",unplayable:"\uC774 \uBBF8\uB514\uC5B4\uB294 \uD50C\uB808\uC774\uC5B4\uC5D0\uC11C \uC9C0\uC6D0\uB418\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.",title:"\uBB38\uC81C\uAC00 \uBC1C\uC0DD\uD588\uC2B5\uB2C8\uB2E4.",unexpected:"\uC624\uB958\uAC00 \uBC1C\uC0DD\uD588\uC2B5\uB2C8\uB2E4. \uB2E4\uC2DC \uC2DC\uB3C4\uD574 \uC8FC\uC138\uC694."},common:{empty:"",ok:"\uB2EB\uAE30"},menu:{settings:"\uC124\uC815",quality:"\uD488\uC9C8",audio:"\uC624\uB514\uC624",default:"\uAE30\uBCF8\uAC12",speed:"\uC18D\uB3C4",captions:"\uCEA1\uC158",playbackRate:"\uC7AC\uC0DD \uC18D\uB3C4",back:"\uB4A4\uB85C",off:"\uB044\uAE30",auto:"\uC790\uB3D9",autoWithLabel:"\uC790\uB3D9 ({label})",subtitles:"\uC790\uB9C9"}}});var Np={};_(Np,{default:()=>nx});var nx,zp=j(()=>{nx={buttons:{play:"Leisti",pause:"Pristabdyti",replay:"Leisti i\u0161 naujo",mute:"I\u0161jungti gars\u0105",unmute:"\u012Ejungti gars\u0105"},seek:{forward:"Persukti pirmyn {seconds} sek.",backward:"Persukti atgal {seconds} sek."},fullscreen:{enter:"Visas ekranas",exit:"I\u0161eiti i\u0161 viso ekrano"},captions:{enable:"\u012Ejungti subtitrus",disable:"I\u0161jungti subtitrus"},pip:{enter:"Vaizdas vaizde",exit:"I\u0161jungti vaizd\u0105 vaizde"},live:{playing:"Rodoma tiesiogiai",seekToEdge:"Pereiti prie tiesiogin\u0117s transliacijos",badge:"Tiesiogiai"},cast:{start:"Prad\u0117ti perdavim\u0105",stop:"Stabdyti perdavim\u0105",connecting:"Prisijungiama"},airplay:{start:"\u012Ejungti AirPlay",stop:"I\u0161jungti AirPlay"},slider:{seek:"Persukimas"},time:{current:"Dabartinis laikas",duration:"Trukm\u0117",remaining:"Lik\u0119s laikas",elapsedSuffix:"{duration} pra\u0117jusio laiko",durationSuffix:"{duration} trukm\u0117s",remainingSuffix:"Liko {duration}",showElapsed:"Rodyti pra\u0117jus\u012F laik\u0105, {duration}.",showDuration:"Rodyti trukm\u0119, {duration}.",showRemaining:"Rodyti likus\u012F laik\u0105, {duration}.",toggleElapsed:"Perjungti pra\u0117jus\u012F ir likus\u012F laik\u0105.",toggleDuration:"Perjungti trukm\u0119 ir likus\u012F laik\u0105.",position:"{current} / {duration}",unknown:"Medija ne\u012Fkelta, laikas ne\u017Einomas."},playback:{rate:"Atk\u016Brimo greitis {rate}"},volume:{mutedValue:"{percent}, garsas i\u0161jungtas",muted:"Garsas i\u0161jungtas",label:"Garsumas",value:"Garsumas {value}"},status:{captionsOn:"Subtitrai \u012Fjungti",captionsOff:"Subtitrai i\u0161jungti",paused:"Pristabdyta",playing:"Leid\u017Eiama",fullscreen:"Visas ekranas",pip:"Vaizdas vaizde",exitPip:"Vaizdas vaizde i\u0161jungtas",seekedTo:"Persukta: {time}"},container:{label:"Medijos leistuv\u0117"},errors:{aborted:"Sustabd\u0117te atk\u016Brim\u0105 jam dar nepasibaigus.",network:"\u0160ios medijos nepavyko \u012Fkelti d\u0117l tinklo arba serverio klaidos.",decode:"\u0160ios medijos nepavyko atkurti. Ji gali b\u016Bti sugadinta arba nar\u0161ykl\u0117 nepalaiko jos formato.",source:"\u0160ios medijos nepavyko \u012Fkelti. Ji gali b\u016Bti nepasiekiama arba nar\u0161ykl\u0117 nepalaiko jos formato.",encrypted:"\u0160ios medijos nepavyko atkurti, nes nepavyko jos i\u0161\u0161ifruoti.",unplayable:"Leistuv\u0117 nepalaiko \u0161ios medijos.",title:"Ka\u017Ekas nutiko ne taip.",unexpected:"\u012Evyko nenumatyta klaida."},common:{empty:"",ok:"U\u017Edaryti"},menu:{settings:"Nustatymai",quality:"Kokyb\u0117",audio:"Garso takelis",default:"Numatytasis",speed:"Greitis",captions:"Subtitrai",playbackRate:"Atk\u016Brimo greitis",back:"Atgal",off:"I\u0161jungta",auto:"Automatin\u0117",autoWithLabel:"Automatin\u0117 ({label})",subtitles:"Subtitrai"}}});var Vp={};_(Vp,{default:()=>rx});var rx,Fp=j(()=>{rx={buttons:{play:"Atska\u0146ot",pause:"Pauz\u0113t",replay:"Atk\u0101rtot",mute:"Izsl\u0113gt ska\u0146u",unmute:"Iesl\u0113gt ska\u0146u"},seek:{forward:"P\u0101rt\u012Bt uz priek\u0161u {seconds} sekundes",backward:"P\u0101rt\u012Bt atpaka\u013C {seconds} sekundes"},fullscreen:{enter:"Pilnekr\u0101na re\u017E\u012Bms",exit:"Iziet no pilnekr\u0101na"},captions:{enable:"Iesl\u0113gt parakstus",disable:"Izsl\u0113gt parakstus"},pip:{enter:"Att\u0113ls att\u0113l\u0101",exit:"Iziet no att\u0113ls att\u0113l\u0101"},live:{playing:"Tie\u0161raide",seekToEdge:"P\u0101riet uz tie\u0161raidi",badge:"Tie\u0161raide"},cast:{start:"S\u0101kt p\u0101rraid\u012B\u0161anu",stop:"Beigt p\u0101rraid\u012B\u0161anu",connecting:"Savieno\u0161an\u0101s"},airplay:{start:"S\u0101kt AirPlay",stop:"Aptur\u0113t AirPlay"},slider:{seek:"Mekl\u0113t"},time:{current:"Eso\u0161ais laiks",duration:"Ilgums",remaining:"Atliku\u0161ais laiks",elapsedSuffix:"{duration} pag\u0101ju\u0161\u0101 laika",durationSuffix:"{duration} ilgums",remainingSuffix:"Atlicis {duration}",showElapsed:"R\u0101d\u012Bt pag\u0101ju\u0161o laiku, {duration}.",showDuration:"R\u0101d\u012Bt ilgumu, {duration}.",showRemaining:"R\u0101d\u012Bt atliku\u0161o laiku, {duration}.",toggleElapsed:"P\u0101rsl\u0113gties starp pag\u0101ju\u0161o un atliku\u0161o laiku.",toggleDuration:"P\u0101rsl\u0113gties starp ilgumu un atliku\u0161o laiku.",position:"{current} no {duration}",unknown:"Multivide nav iel\u0101d\u0113ta, laiks nav zin\u0101ms."},playback:{rate:"Atska\u0146o\u0161anas \u0101trums {rate}"},volume:{mutedValue:"{percent}, izsl\u0113gts",muted:"Ska\u0146a izsl\u0113gta",label:"Ska\u013Cums",value:"Ska\u013Cums {value}"},status:{captionsOn:"Paraksti iesl\u0113gti",captionsOff:"Paraksti izsl\u0113gti",paused:"Pauz\u0113ts",playing:"Atska\u0146o",fullscreen:"Pilnekr\u0101na re\u017E\u012Bms",pip:"Att\u0113ls att\u0113l\u0101",exitPip:"Iziet no att\u0113ls att\u0113l\u0101",seekedTo:"P\u0101rl\u0113kts uz {time}"},container:{label:"Multivides atska\u0146ot\u0101js"},errors:{aborted:"Atska\u0146o\u0161ana atcelta",network:"T\u012Bkla k\u013C\u016Bdas d\u0113\u013C, multivides lejupiel\u0101de neizdev\u0101s.",decode:"Atska\u0146o\u0161ana tika p\u0101rtraukta t\u012Bkla k\u013C\u016Bmes d\u0113\u013C vai p\u0101rl\u016Bkprogrammas iesp\u0113ju tr\u016Bkuma d\u0113\u013C.",source:"Neizdev\u0101s iel\u0101d\u0113t multividi, iesp\u0113jams severa, vai t\u012Bkla k\u013C\u016Bmes d\u0113\u013C, vai neatbalst\u012Bta form\u0101ta d\u0113\u013C.",encrypted:"Multividi nevar atska\u0146ot, jo tas ir kript\u0113ts un nav pieejama dekript\u0113\u0161anas atsl\u0113ga.",unplayable:"Atska\u0146ot\u0101js neatbalsta \u0161o multividi.",title:"Kaut kas nog\u0101ja greizi.",unexpected:"Rad\u0101s k\u013C\u016Bda. L\u016Bdzu, m\u0113\u0123iniet v\u0113lreiz."},common:{empty:"",ok:"Aizv\u0113rt"},menu:{settings:"Iestat\u012Bjumi",quality:"Kvalit\u0101te",audio:"Ska\u0146a",default:"Noklus\u0113juma",speed:"\u0100trums",captions:"Subtitri",playbackRate:"Atska\u0146o\u0161anas \u0101trums",back:"Atpaka\u013C",off:"Izsl\u0113gts",auto:"Autom\u0101tiski",autoWithLabel:"Autom\u0101tiski ({label})",subtitles:"Subtitri"}}});var jp={};_(jp,{default:()=>ax});var ax,_p=j(()=>{ax={buttons:{play:"\u0935\u093E\u091C\u0935\u093E",pause:"\u0925\u093E\u0902\u092C\u093E",replay:"\u092A\u0941\u0928\u094D\u0939\u093E \u0935\u093E\u091C\u0935\u093E",mute:"\u092E\u094D\u092F\u0942\u091F \u0915\u0930\u093E",unmute:"\u0905\u0928\u092E\u094D\u092F\u0942\u091F \u0915\u0930\u093E"},seek:{forward:"\u092A\u0941\u0922\u0947 \u091C\u093E {seconds} \u0938\u0947\u0915\u0902\u0926",backward:"\u092E\u093E\u0917\u0947 \u091C\u093E {seconds} \u0938\u0947\u0915\u0902\u0926"},fullscreen:{enter:"\u0938\u0902\u092A\u0942\u0930\u094D\u0923 \u092A\u0921\u0926\u093E",exit:"\u0938\u0902\u092A\u0942\u0930\u094D\u0923 \u092A\u0921\u0926\u094D\u092F\u093E\u0924\u0942\u0928 \u092C\u093E\u0939\u0947\u0930"},captions:{enable:"\u092E\u0925\u0933\u0947",disable:"\u092E\u0925\u0933\u0947 \u092C\u0902\u0926"},pip:{enter:"\u092A\u093F\u0915\u094D\u091A\u0930-\u0907\u0928-\u092A\u093F\u0915\u094D\u091A\u0930",exit:"\u092A\u093F\u0915\u094D\u091A\u0930-\u0907\u0928-\u092A\u093F\u0915\u094D\u091A\u0930\u092E\u0927\u0942\u0928 \u092C\u093E\u0939\u0947\u0930 \u092A\u0921\u093E"},live:{playing:"\u0925\u0947\u091F \u092A\u094D\u0930\u0938\u093E\u0930\u0923 \u0938\u0941\u0930\u0942 \u0906\u0939\u0947",seekToEdge:"\u0925\u0947\u091F \u092A\u094D\u0930\u0938\u093E\u0930\u0923\u093E\u0915\u0921\u0947 \u091C\u093E",badge:"\u0925\u0947\u091F \u092A\u094D\u0930\u0938\u093E\u0930\u0923"},cast:{start:"\u0915\u093E\u0938\u094D\u091F\u093F\u0902\u0917 \u0938\u0941\u0930\u0942 \u0915\u0930\u093E",stop:"\u0915\u093E\u0938\u094D\u091F\u093F\u0902\u0917 \u0925\u093E\u0902\u092C\u0935\u093E",connecting:"\u0915\u0928\u0947\u0915\u094D\u091F \u0939\u094B\u0924 \u0906\u0939\u0947"},airplay:{start:"AirPlay \u0938\u0941\u0930\u0942 \u0915\u0930\u093E",stop:"AirPlay \u0925\u093E\u0902\u092C\u0935\u093E"},slider:{seek:"\u0936\u094B\u0927"},time:{current:"\u0935\u0930\u094D\u0924\u092E\u093E\u0928 \u0935\u0947\u0933",duration:"\u0915\u093E\u0932\u093E\u0935\u0927\u0940",remaining:"\u0909\u0930\u094D\u0935\u0930\u093F\u0924 \u0935\u0947\u0933",elapsedSuffix:"{duration} \u0917\u0947\u0932\u0947\u0932\u093E \u0935\u0947\u0933",durationSuffix:"{duration} \u0915\u093E\u0932\u093E\u0935\u0927\u0940",remainingSuffix:"{duration} \u0909\u0930\u094D\u0935\u0930\u093F\u0924",showElapsed:"\u0917\u0947\u0932\u0947\u0932\u093E \u0935\u0947\u0933 \u0926\u093E\u0916\u0935\u093E, {duration}.",showDuration:"\u0915\u093E\u0932\u093E\u0935\u0927\u0940 \u0926\u093E\u0916\u0935\u093E, {duration}.",showRemaining:"\u0909\u0930\u0932\u0947\u0932\u093E \u0935\u0947\u0933 \u0926\u093E\u0916\u0935\u093E, {duration}.",toggleElapsed:"\u0917\u0947\u0932\u0947\u0932\u093E \u0935\u0947\u0933 \u0906\u0923\u093F \u0909\u0930\u0932\u0947\u0932\u093E \u0935\u0947\u0933 \u092F\u093E\u0902\u092E\u0927\u094D\u092F\u0947 \u091F\u0949\u0917\u0932 \u0915\u0930\u093E.",toggleDuration:"\u0915\u093E\u0932\u093E\u0935\u0927\u0940 \u0906\u0923\u093F \u0909\u0930\u0932\u0947\u0932\u093E \u0935\u0947\u0933 \u092F\u093E\u0902\u092E\u0927\u094D\u092F\u0947 \u091F\u0949\u0917\u0932 \u0915\u0930\u093E.",position:"{duration} \u092A\u0948\u0915\u0940 {current}",unknown:"\u092E\u0940\u0921\u093F\u092F\u093E \u0932\u094B\u0921 \u091D\u093E\u0932\u0947\u0932\u093E \u0928\u093E\u0939\u0940, \u0935\u0947\u0933 \u0905\u091C\u094D\u091E\u093E\u0924 \u0906\u0939\u0947."},playback:{rate:"\u092A\u094D\u0932\u0947\u092C\u0945\u0915 \u0926\u0930 {rate}"},volume:{mutedValue:"{percent}, \u092E\u094D\u092F\u0942\u091F \u0915\u0947\u0932\u0947\u0932\u0947",muted:"\u092E\u094D\u092F\u0942\u091F \u0915\u0947\u0932\u0947\u0932\u0947",label:"\u0906\u0935\u093E\u091C",value:"\u0906\u0935\u093E\u091C {value}"},status:{captionsOn:"\u092E\u0925\u0933\u0947 \u091A\u093E\u0932\u0942",captionsOff:"\u092E\u0925\u0933\u0947 \u092C\u0902\u0926",paused:"\u0925\u093E\u0902\u092C\u0932\u0947\u0932\u0947",playing:"\u0935\u093E\u091C\u0924 \u0906\u0939\u0947",fullscreen:"\u0938\u0902\u092A\u0942\u0930\u094D\u0923 \u092A\u0921\u0926\u093E",pip:"\u092A\u093F\u0915\u094D\u091A\u0930\u092E\u0927\u094D\u092F\u0947 \u092A\u093F\u0915\u094D\u091A\u0930",exitPip:"\u092A\u093F\u0915\u094D\u091A\u0930\u092E\u0927\u094D\u092F\u0947 \u092A\u093F\u0915\u094D\u091A\u0930\u092E\u0927\u0942\u0928 \u092C\u093E\u0939\u0947\u0930",seekedTo:"{time} \u0935\u0930 \u092A\u094B\u0939\u094B\u091A\u0932\u0947"},container:{label:"\u092E\u0940\u0921\u093F\u092F\u093E \u092A\u094D\u0932\u0947\u092F\u0930"},errors:{aborted:"\u0924\u0941\u092E\u094D\u0939\u0940 \u092E\u0940\u0921\u093F\u092F\u093E \u092A\u094D\u0932\u0947\u092C\u0945\u0915 \u0930\u0926\u094D\u0926 \u0915\u0947\u0932\u093E",network:"\u0928\u0947\u091F\u0935\u0930\u094D\u0915 \u0924\u094D\u0930\u0941\u091F\u0940\u092E\u0941\u0933\u0947 \u092E\u0940\u0921\u093F\u092F\u093E \u0921\u093E\u0909\u0928\u0932\u094B\u0921 \u0905\u0930\u094D\u0927\u094D\u092F\u093E\u0924 \u0905\u092F\u0936\u0938\u094D\u0935\u0940 \u091D\u093E\u0932\u093E.",decode:"\u092E\u0940\u0921\u093F\u092F\u093E \u092A\u094D\u0932\u0947\u092C\u0945\u0915 \u092D\u094D\u0930\u0937\u094D\u091F\u093E\u091A\u093E\u0930\u093E\u091A\u094D\u092F\u093E \u0938\u092E\u0938\u094D\u092F\u0947\u092E\u0941\u0933\u0947 \u0915\u093F\u0902\u0935\u093E \u092E\u0940\u0921\u093F\u092F\u093E\u0928\u0947 \u0935\u093E\u092A\u0930\u0932\u0947\u0932\u094D\u092F\u093E \u0935\u0948\u0936\u093F\u0937\u094D\u091F\u094D\u092F\u093E\u0902\u092E\u0941\u0933\u0947 \u0924\u0941\u092E\u091A\u093E \u092C\u094D\u0930\u093E\u0909\u091D\u0930 \u0938\u092A\u094B\u0930\u094D\u091F \u0915\u0930\u0924 \u0928\u0938\u0932\u094D\u092F\u093E\u092E\u0941\u0933\u0947 \u0930\u0926\u094D\u0926 \u0915\u0930\u0923\u094D\u092F\u093E\u0924 \u0906\u0932\u093E.",source:"\u092E\u0940\u0921\u093F\u092F\u093E \u0932\u094B\u0921 \u0915\u0930\u0924\u093E \u0906\u0932\u093E \u0928\u093E\u0939\u0940, \u090F\u0915\u0924\u0930 \u0938\u0930\u094D\u0935\u094D\u0939\u0930 \u0915\u093F\u0902\u0935\u093E \u0928\u0947\u091F\u0935\u0930\u094D\u0915 \u0905\u092F\u0936\u0938\u094D\u0935\u0940 \u091D\u093E\u0932\u094D\u092F\u093E\u092E\u0941\u0933\u0947 \u0915\u093F\u0902\u0935\u093E \u092B\u0949\u0930\u092E\u0945\u091F \u0938\u092E\u0930\u094D\u0925\u093F\u0924 \u0928\u0938\u0932\u094D\u092F\u093E\u092E\u0941\u0933\u0947.",encrypted:"\u092E\u0940\u0921\u093F\u092F\u093E \u090F\u0928\u094D\u0915\u094D\u0930\u093F\u092A\u094D\u091F \u0915\u0947\u0932\u0947\u0932\u093E \u0906\u0939\u0947 \u0906\u0923\u093F \u0924\u094B \u0921\u093F\u0915\u094D\u0930\u093F\u092A\u094D\u091F \u0915\u0930\u0923\u094D\u092F\u093E\u0938\u093E\u0920\u0940 \u0906\u092E\u091A\u094D\u092F\u093E\u0915\u0921\u0947 \u0915\u0933\u093E \u0928\u093E\u0939\u0940\u0924.",unplayable:"\u0939\u0947 \u092E\u0940\u0921\u093F\u092F\u093E \u092A\u094D\u0932\u0947\u092F\u0930\u0926\u094D\u0935\u093E\u0930\u0947 \u0938\u092E\u0930\u094D\u0925\u093F\u0924 \u0928\u093E\u0939\u0940.",title:"\u0915\u093E\u0939\u0940\u0924\u0930\u0940 \u091A\u0941\u0915\u0932\u0947.",unexpected:"\u090F\u0915 \u0924\u094D\u0930\u0941\u091F\u0940 \u0906\u0932\u0940. \u0915\u0943\u092A\u092F\u093E \u092A\u0941\u0928\u094D\u0939\u093E \u092A\u094D\u0930\u092F\u0924\u094D\u0928 \u0915\u0930\u093E."},common:{empty:"",ok:"\u092C\u0902\u0926"},menu:{settings:"\u0938\u0947\u091F\u093F\u0902\u0917\u094D\u091C",quality:"\u0917\u0941\u0923\u0935\u0924\u094D\u0924\u093E",audio:"\u0911\u0921\u093F\u0913",default:"\u0921\u0940\u092B\u0949\u0932\u094D\u091F",speed:"\u0917\u0924\u0940",captions:"\u092E\u0925\u0933\u0947",playbackRate:"\u092A\u094D\u0932\u0947\u092C\u0945\u0915 \u0926\u0930",back:"\u092E\u093E\u0917\u0947",off:"\u092C\u0902\u0926",auto:"\u0938\u094D\u0935\u092F\u0902\u091A\u0932\u093F\u0924",autoWithLabel:"\u0938\u094D\u0935\u092F\u0902\u091A\u0932\u093F\u0924 ({label})",subtitles:"\u0909\u092A\u0936\u0940\u0930\u094D\u0937\u0915\u0947"}}});var Up={};_(Up,{default:()=>ox});var ox,Bp=j(()=>{ox={buttons:{play:"Spill",pause:"Pause",replay:"Spill om igjen",mute:"Lyd av",unmute:"Lyd p\xE5"},seek:{forward:"Hopp frem {seconds} sekunder",backward:"Hopp tilbake {seconds} sekunder"},fullscreen:{enter:"Fullskjerm",exit:"Avslutt fullskjerm"},captions:{enable:"Sl\xE5 p\xE5 teksting",disable:"Sl\xE5 av teksting"},pip:{enter:"Bilde-i-bilde",exit:"Avslutt bilde-i-bilde"},live:{playing:"Spiller live",seekToEdge:"G\xE5 til live",badge:"Direkte"},cast:{start:"Start sending",stop:"Stopp sending",connecting:"Kobler til"},airplay:{start:"Start AirPlay",stop:"Stopp AirPlay"},slider:{seek:"Spol"},time:{current:"Aktuell tid",duration:"Varighet",remaining:"Gjenst\xE5ende tid",elapsedSuffix:"{duration} avspilt tid",durationSuffix:"{duration} varighet",remainingSuffix:"{duration} igjen",showElapsed:"Vis avspilt tid, {duration}.",showDuration:"Vis varighet, {duration}.",showRemaining:"Vis gjenst\xE5ende tid, {duration}.",toggleElapsed:"Bytt mellom avspilt og gjenst\xE5ende tid.",toggleDuration:"Bytt mellom varighet og gjenst\xE5ende tid.",position:"{current} av {duration}",unknown:"Mediet er ikke lastet inn, ukjent tid."},playback:{rate:"Avspillingshastighet {rate}"},volume:{mutedValue:"{percent}, dempet",muted:"Dempet",label:"Volum",value:"Volum {value}"},status:{captionsOn:"Teksting p\xE5",captionsOff:"Teksting av",paused:"Satt p\xE5 pause",playing:"Spiller",fullscreen:"Fullskjerm",pip:"Bilde i bilde",exitPip:"Avslutt bilde i bilde",seekedTo:"Hoppet til {time}"},container:{label:"Mediespiller"},errors:{aborted:"Du avbr\xF8t avspillingen.",network:"En nettverksfeil avbr\xF8t nedlasting av videoen.",decode:"Videoavspillingen ble avbrudt p\xE5 grunn av \xF8delagte data eller fordi videoen ville gj\xF8re noe som nettleseren din ikke har st\xF8tte for.",source:"Videoen kunne ikke lastes ned, p\xE5 grunn av nettverksfeil eller serverfeil, eller fordi formatet ikke er st\xF8ttet.",encrypted:"Mediefilen er kryptert og vi mangler n\xF8kler for \xE5 dekryptere den.",unplayable:"Denne mediefilen st\xF8ttes ikke av spilleren.",title:"Noe gikk galt.",unexpected:"En feil oppstod. Vennligst pr\xF8v igjen."},common:{empty:"",ok:"Lukk"},menu:{settings:"Innstillinger",quality:"Kvalitet",audio:"Lyd",default:"Standard",speed:"Hastighet",captions:"Teksting",playbackRate:"Avspillingshastighet",back:"Tilbake",off:"Av",auto:"Auto",autoWithLabel:"Auto ({label})",subtitles:"Undertekster"}}});var Hp={};_(Hp,{default:()=>sx});var sx,qp=j(()=>{sx={buttons:{play:"Afspelen",pause:"Pauzeren",replay:"Opnieuw afspelen",mute:"Dempen",unmute:"Dempen uit"},seek:{forward:"{seconds} seconden vooruit",backward:"{seconds} seconden terug"},fullscreen:{enter:"Volledig scherm",exit:"Volledig scherm verlaten"},captions:{enable:"Ondertiteling inschakelen",disable:"Ondertiteling uitschakelen"},pip:{enter:"Beeld-in-beeld starten",exit:"Beeld-in-beeld stoppen"},live:{playing:"Speelt live",seekToEdge:"Ga naar live",badge:"Live"},cast:{start:"Casten starten",stop:"Casten stoppen",connecting:"Verbinden"},airplay:{start:"AirPlay starten",stop:"AirPlay stoppen"},slider:{seek:"Spoelen"},time:{current:"Huidige tijd",duration:"Tijdsduur",remaining:"Resterende tijd",elapsedSuffix:"{duration} verstreken tijd",durationSuffix:"{duration} duur",remainingSuffix:"Nog {duration}",showElapsed:"Verstreken tijd tonen, {duration}.",showDuration:"Duur tonen, {duration}.",showRemaining:"Resterende tijd tonen, {duration}.",toggleElapsed:"Schakel tussen verstreken en resterende tijd.",toggleDuration:"Schakel tussen duur en resterende tijd.",position:"{current} van {duration}",unknown:"Media niet geladen, onbekende tijd."},playback:{rate:"Afspeelsnelheid {rate}"},volume:{mutedValue:"{percent}, gedempt",muted:"Gedempt",label:"Geluidsniveau",value:"Geluidsniveau {value}"},status:{captionsOn:"Ondertiteling aan",captionsOff:"Ondertiteling uit",paused:"Gepauzeerd",playing:"Wordt afgespeeld",fullscreen:"Volledig scherm",pip:"Beeld-in-beeld",exitPip:"Beeld-in-beeld verlaten",seekedTo:"Gesprongen naar {time}"},container:{label:"Mediaspeler"},errors:{aborted:"U heeft het afspelen van de media afgebroken",network:"Een netwerkfout heeft ervoor gezorgd dat het downloaden van de media is mislukt.",decode:"Het afspelen van de media werd afgebroken vanwege een corruptieprobleem of omdat de uw browser de gebruikte mediafuncties niet ondersteund.",source:"De media kon niet worden geladen, doordat de server of het netwerk faalde of doordat het formaat niet wordt ondersteund.",encrypted:"De media is gecodeerd en we hebben niet de sleutels om het te decoderen.",unplayable:"Deze media wordt niet ondersteund door de speler.",title:"Er is iets misgegaan.",unexpected:"Er is een fout opgetreden. Probeer het opnieuw."},common:{empty:"",ok:"Sluiten"},menu:{settings:"Instellingen",quality:"Kwaliteit",audio:"Geluid",default:"Standaard",speed:"Snelheid",captions:"Ondertiteling",playbackRate:"Afspeelsnelheid",back:"Terug",off:"Uit",auto:"Auto",autoWithLabel:"Auto ({label})",subtitles:"Ondertiteling"}}});var Wp={};_(Wp,{default:()=>lx});var lx,Kp=j(()=>{lx={buttons:{play:"Spel",pause:"Pause",replay:"Spel om att",mute:"Lyd av",unmute:"Lyd p\xE5"},seek:{forward:"Hopp fram {seconds} sekund",backward:"Hopp tilbake {seconds} sekund"},fullscreen:{enter:"Fullskjerm",exit:"Stenga fullskjerm"},captions:{enable:"Sl\xE5 p\xE5 teksting",disable:"Sl\xE5 av teksting"},pip:{enter:"Bilete-i-bilete",exit:"Avslutt bilete-i-bilete"},live:{playing:"Spelar live",seekToEdge:"Hopp til live",badge:"Direkte"},cast:{start:"Start sending",stop:"Stopp sending",connecting:"Koplar til"},airplay:{start:"Start AirPlay",stop:"Stopp AirPlay"},slider:{seek:"Spol"},time:{current:"Aktuell tid",duration:"Varigheit",remaining:"Tid attende",elapsedSuffix:"{duration} avspelt tid",durationSuffix:"{duration} varigheit",remainingSuffix:"{duration} att",showElapsed:"Vis avspelt tid, {duration}.",showDuration:"Vis lengd, {duration}.",showRemaining:"Vis tid att, {duration}.",toggleElapsed:"Byt mellom avspelt tid og tid att.",toggleDuration:"Byt mellom varigheit og tid att.",position:"{current} av {duration}",unknown:"Mediet er ikkje lasta inn, ukjend tid."},playback:{rate:"Avspelingshastigheit {rate}"},volume:{mutedValue:"{percent}, dempa",muted:"Dempa",label:"Volum",value:"Volum {value}"},status:{captionsOn:"Teksting p\xE5",captionsOff:"Teksting av",paused:"Satt p\xE5 pause",playing:"Spelar",fullscreen:"Fullskjerm",pip:"Bilete i bilete",exitPip:"Avslutt bilete i bilete",seekedTo:"Hoppa til {time}"},container:{label:"Mediespelar"},errors:{aborted:"Du avbraut avspelinga.",network:"Ein nettverksfeil avbraut nedlasting av videoen.",decode:"Videoavspelinga blei broten p\xE5 grunn av \xF8ydelagde data eller av di videoen ville gjera noe som nettlesaren din ikkje stodar.",source:"Videoen kunne ikkje lastas ned, p\xE5 grunn av ein nettverksfeil eller serverfeil, eller av di formatet ikkje er stoda.",encrypted:"Mediefila er kryptert og vi manglar nyklar for \xE5 dekryptere ho.",unplayable:"Denne mediefila er ikkje st\xF8tta av spelaren.",title:"Noko gjekk gale.",unexpected:"Det oppstod ein feil. Ver venleg pr\xF8v igjen."},common:{empty:"",ok:"Lukk"},menu:{settings:"Innstillingar",quality:"Kvalitet",audio:"Lyd",default:"Standard",speed:"Fart",captions:"Teksting",playbackRate:"Avspelingshastigheit",back:"Tilbake",off:"Av",auto:"Auto",autoWithLabel:"Auto ({label})",subtitles:"Undertekstar"}}});var Gp={};_(Gp,{default:()=>dx});var dx,$p=j(()=>{dx={buttons:{play:"\u091A\u0932\u093E\u0909\u0928\u0941",pause:"\u0930\u094B\u0915\u094D\u0928\u0941",replay:"\u092B\u0947\u0930\u093F \u091A\u0932\u093E\u0909\u0928\u0941",mute:"\u092E\u094D\u092F\u0942\u091F \u0917\u0930\u094D\u0928\u0941\u0939\u094B\u0938\u094D",unmute:"\u0905\u0928\u092E\u094D\u092F\u0942\u091F \u0917\u0930\u094D\u0928\u0941\u0939\u094B\u0938\u094D"},seek:{forward:"{seconds} \u0938\u0947\u0915\u0947\u0928\u094D\u0921 \u0905\u0917\u093E\u0921\u093F \u0938\u093E\u0930\u094D\u0928\u0941\u0939\u094B\u0938\u094D",backward:"{seconds} \u0938\u0947\u0915\u0947\u0928\u094D\u0921 \u092A\u091B\u093E\u0921\u093F \u0938\u093E\u0930\u094D\u0928\u0941\u0939\u094B\u0938\u094D"},fullscreen:{enter:"\u092A\u0942\u0930\u094D\u0923 \u0938\u094D\u0915\u094D\u0930\u093F\u0928",exit:"\u092A\u0942\u0930\u094D\u0923 \u0938\u094D\u0915\u094D\u0930\u093F\u0928\u092C\u093E\u091F \u092C\u093E\u0939\u093F\u0930"},captions:{enable:"\u0915\u094D\u092F\u093E\u092A\u094D\u0936\u0928",disable:"\u0915\u094D\u092F\u093E\u092A\u094D\u0936\u0928 \u092C\u0902\u0926"},pip:{enter:"\u092A\u093F\u0915\u094D\u091A\u0930-\u0907\u0928-\u092A\u093F\u0915\u094D\u091A\u0930",exit:"\u092A\u093F\u0915\u094D\u091A\u0930-\u0907\u0928-\u092A\u093F\u0915\u094D\u091A\u0930\u092C\u093E\u091F \u092C\u093E\u0939\u093F\u0930 \u0928\u093F\u0938\u094D\u0915\u0928\u0941\u0939\u094B\u0938\u094D"},live:{playing:"\u0932\u093E\u0907\u092D \u091A\u0932\u093F\u0930\u0939\u0947\u0915\u094B \u091B",seekToEdge:"\u0932\u093E\u0907\u092D\u092E\u093E \u091C\u093E\u0928\u0941\u0939\u094B\u0938\u094D",badge:"\u0932\u093E\u0907\u0935"},cast:{start:"\u0915\u093E\u0938\u094D\u091F\u093F\u0902\u0917 \u0938\u0941\u0930\u0942 \u0917\u0930\u094D\u0928\u0941\u0939\u094B\u0938\u094D",stop:"\u0915\u093E\u0938\u094D\u091F\u093F\u0902\u0917 \u0930\u094B\u0915\u094D\u0928\u0941\u0939\u094B\u0938\u094D",connecting:"\u091C\u0921\u093E\u0928 \u0939\u0941\u0901\u0926\u0948\u091B"},airplay:{start:"AirPlay \u0938\u0941\u0930\u0941 \u0917\u0930\u094D\u0928\u0941\u0939\u094B\u0938\u094D",stop:"AirPlay \u0930\u094B\u0915\u094D\u0928\u0941\u0939\u094B\u0938\u094D"},slider:{seek:"\u0916\u094B\u091C"},time:{current:"\u0939\u093E\u0932\u0915\u094B \u0938\u092E\u092F",duration:"\u0905\u0935\u0927\u093F",remaining:"\u092C\u093E\u0901\u0915\u0940 \u0938\u092E\u092F",elapsedSuffix:"{duration} \u092C\u093F\u0924\u0947\u0915\u094B \u0938\u092E\u092F",durationSuffix:"{duration} \u0905\u0935\u0927\u093F",remainingSuffix:"{duration} \u092C\u093E\u0901\u0915\u0940",showElapsed:"\u092C\u093F\u0924\u0947\u0915\u094B \u0938\u092E\u092F \u0926\u0947\u0916\u093E\u0909\u0928\u0941\u0939\u094B\u0938\u094D, {duration}.",showDuration:"\u0905\u0935\u0927\u093F \u0926\u0947\u0916\u093E\u0909\u0928\u0941\u0939\u094B\u0938\u094D, {duration}.",showRemaining:"\u092C\u093E\u0901\u0915\u0940 \u0938\u092E\u092F \u0926\u0947\u0916\u093E\u0909\u0928\u0941\u0939\u094B\u0938\u094D, {duration}.",toggleElapsed:"\u092C\u093F\u0924\u0947\u0915\u094B \u0938\u092E\u092F \u0930 \u092C\u093E\u0901\u0915\u0940 \u0938\u092E\u092F\u092C\u0940\u091A \u091F\u0917\u0932 \u0917\u0930\u094D\u0928\u0941\u0939\u094B\u0938\u094D\u0964",toggleDuration:"\u0905\u0935\u0927\u093F \u0930 \u092C\u093E\u0901\u0915\u0940 \u0938\u092E\u092F\u092C\u0940\u091A \u091F\u0917\u0932 \u0917\u0930\u094D\u0928\u0941\u0939\u094B\u0938\u094D\u0964",position:"{duration} \u092E\u0927\u094D\u092F\u0947 {current}",unknown:"\u092E\u093F\u0921\u093F\u092F\u093E \u0932\u094B\u0921 \u092D\u090F\u0915\u094B \u091B\u0948\u0928, \u0938\u092E\u092F \u0905\u091C\u094D\u091E\u093E\u0924 \u091B\u0964"},playback:{rate:"\u092A\u094D\u0932\u0947\u092C\u094D\u092F\u093E\u0915 \u0926\u0930 {rate}"},volume:{mutedValue:"{percent}, \u092E\u094D\u092F\u0942\u091F",muted:"\u092E\u094D\u092F\u0942\u091F",label:"\u092D\u094B\u0932\u094D\u092F\u0941\u092E",value:"\u092D\u094B\u0932\u094D\u092F\u0941\u092E {value}"},status:{captionsOn:"\u0915\u094D\u092F\u093E\u092A\u094D\u0936\u0928 \u091A\u093E\u0932\u0942",captionsOff:"\u0915\u094D\u092F\u093E\u092A\u094D\u0936\u0928 \u092C\u0902\u0926",paused:"\u0930\u094B\u0915\u093F\u090F\u0915\u094B",playing:"\u091A\u0932\u093F\u0930\u0939\u0947\u0915\u094B",fullscreen:"\u092A\u0942\u0930\u094D\u0923 \u0938\u094D\u0915\u094D\u0930\u093F\u0928",pip:"\u092A\u093F\u0915\u094D\u091A\u0930 \u0907\u0928 \u092A\u093F\u0915\u094D\u091A\u0930",exitPip:"\u092A\u093F\u0915\u094D\u091A\u0930 \u0907\u0928 \u092A\u093F\u0915\u094D\u091A\u0930\u092C\u093E\u091F \u092C\u093E\u0939\u093F\u0930",seekedTo:"{time} \u092E\u093E \u0938\u093E\u0930\u093F\u092F\u094B"},container:{label:"\u092E\u093F\u0921\u093F\u092F\u093E \u092A\u094D\u0932\u0947\u092F\u0930"},errors:{aborted:"\u0924\u092A\u093E\u0908\u0902\u0932\u0947 \u092E\u093F\u0921\u093F\u092F\u093E \u092A\u094D\u0932\u0947\u092C\u094D\u092F\u093E\u0915 \u0930\u0926\u094D\u0926 \u0917\u0930\u094D\u0928\u0941\u092D\u092F\u094B",network:"\u0928\u0947\u091F\u0935\u0930\u094D\u0915 \u0924\u094D\u0930\u0941\u091F\u093F\u0932\u0947 \u092E\u093F\u0921\u093F\u092F\u093E \u0921\u093E\u0909\u0928\u0932\u094B\u0921\u0932\u093E\u0908 \u0906\u0927\u093E \u092E\u093E\u0930\u094D\u0917\u092E\u093E \u0905\u0938\u092B\u0932 \u0917\u0930\u094D\u092F\u094B\u0964",decode:"\u092E\u093F\u0921\u093F\u092F\u093E \u092A\u094D\u0932\u0947\u092C\u094D\u092F\u093E\u0915 \u0905\u0935\u0930\u0941\u0926\u094D\u0927 \u0917\u0930\u093F\u092F\u094B, \u0915\u093E\u0930\u0923 \u092E\u093F\u0921\u093F\u092F\u093E \u0926\u0942\u0937\u093F\u0924 \u092D\u092F\u094B \u0935\u093E \u0924\u092A\u093E\u0908\u0902\u0915\u094B \u092C\u094D\u0930\u093E\u0909\u091C\u0930\u0932\u0947 \u0938\u092E\u0930\u094D\u0925\u0928 \u0928\u0917\u0930\u0947\u0915\u094B \u0938\u0941\u0935\u093F\u0927\u093E\u0939\u0930\u0942 \u092A\u094D\u0930\u092F\u094B\u0917 \u0917\u0930\u094D\u092F\u094B\u0964",source:"\u092E\u093F\u0921\u093F\u092F\u093E \u0932\u094B\u0921 \u0917\u0930\u094D\u0928 \u0938\u0915\u093F\u090F\u0928, \u0928\u0947\u091F\u0935\u0930\u094D\u0915 \u0935\u093E \u0938\u0930\u094D\u092D\u0930 \u0935\u093F\u092B\u0932 \u092D\u092F\u094B \u0935\u093E \u0924\u094D\u092F\u0938\u0915\u094B \u092A\u094D\u0930\u093E\u0930\u0942\u092A \u0938\u092E\u0930\u094D\u0925\u093F\u0924 \u091B\u0948\u0928\u0964",encrypted:"\u092E\u093F\u0921\u093F\u092F\u093E \u090F\u0928\u094D\u0915\u094D\u0930\u093F\u092A\u094D\u091F \u0917\u0930\u093F\u090F\u0915\u094B \u091B \u0930 \u0939\u093E\u092E\u0940\u0938\u0901\u0917 \u0921\u093F\u0915\u094D\u0930\u093F\u092A\u094D\u091F \u0917\u0930\u094D\u0928\u0947 \u0915\u0941\u091E\u094D\u091C\u0940\u0939\u0930\u0942 \u091B\u0948\u0928\u0928\u094D\u0964",unplayable:"\u092F\u094B \u092E\u093F\u0921\u093F\u092F\u093E \u092A\u094D\u0932\u0947\u092F\u0930\u0932\u0947 \u0938\u092E\u0930\u094D\u0925\u0928 \u0917\u0930\u094D\u0926\u0948\u0928\u0964",title:"\u0915\u0947\u0939\u0940 \u0917\u0932\u0924 \u092D\u092F\u094B\u0964",unexpected:"\u090F\u0909\u091F\u093E \u0924\u094D\u0930\u0941\u091F\u093F \u092D\u092F\u094B\u0964 \u0915\u0943\u092A\u092F\u093E \u092A\u0941\u0928: \u092A\u094D\u0930\u092F\u093E\u0938 \u0917\u0930\u094D\u0928\u0941\u0939\u094B\u0938\u094D\u0964"},common:{empty:"",ok:"\u092C\u0928\u094D\u0926 \u0917\u0930\u094D\u0928\u0941\u0939\u094B\u0938\u094D"},menu:{settings:"\u0938\u0947\u091F\u093F\u0919\u0939\u0930\u0942",quality:"\u0917\u0941\u0923\u0938\u094D\u0924\u0930",audio:"\u0905\u0921\u093F\u092F\u094B",default:"\u092A\u0942\u0930\u094D\u0935\u0928\u093F\u0930\u094D\u0927\u093E\u0930\u093F\u0924",speed:"\u0917\u0924\u093F",captions:"\u0915\u094D\u092F\u093E\u092A\u094D\u0936\u0928",playbackRate:"\u092A\u094D\u0932\u0947\u092C\u094D\u092F\u093E\u0915 \u0926\u0930",back:"\u092A\u091B\u093E\u0921\u093F",off:"\u092C\u0928\u094D\u0926",auto:"\u0938\u094D\u0935\u0924\u0903",autoWithLabel:"\u0938\u094D\u0935\u0924\u0903 ({label})",subtitles:"\u0909\u092A\u0936\u0940\u0930\u094D\u0937\u0915"}}});var Yp={};_(Yp,{default:()=>cx});var cx,Xp=j(()=>{cx={buttons:{play:"Lectura",pause:"Pausa",replay:"Tornar legir",mute:"Copar lo son",unmute:"Restablir lo son"},seek:{forward:"Avan\xE7ar de {seconds} segondas",backward:"Recular de {seconds} segondas"},fullscreen:{enter:"Ecran compl\xE8t",exit:"Sortir de l'ecran compl\xE8t"},captions:{enable:"Activar los subt\xEDtols",disable:"Desactivar los subt\xEDtols"},pip:{enter:"Vid\xE8o incrustada",exit:"Sortir de la vid\xE8o incrustada"},live:{playing:"Lectura dir\xE8cta",seekToEdge:"Anar al dir\xE8cte",badge:"Dir\xE8cte"},cast:{start:"Anar en dir\xE8cte",stop:"Aturar la difusion",connecting:"Connexion en cors"},airplay:{start:"Aviar AirPlay",stop:"Arrestar AirPlay"},slider:{seek:"Desfilament"},time:{current:"Durada passada",duration:"Durada",remaining:"Temps restant",elapsedSuffix:"{duration} de temps passat",durationSuffix:"{duration} de durada",remainingSuffix:"Dem\xF2ra {duration}",showElapsed:"Afichar lo temps passat, {duration}.",showDuration:"Afichar la durada, {duration}.",showRemaining:"Afichar lo temps que dem\xF2ra, {duration}.",toggleElapsed:"Alternar entre lo temps passat e lo temps que dem\xF2ra.",toggleDuration:"Alternar entre la durada e lo temps que dem\xF2ra.",position:"{current} sus {duration}",unknown:"M\xE8dia pas cargat, temps desconegut."},playback:{rate:"Velocitat de lectura {rate}"},volume:{mutedValue:"{percent}, silenciat",muted:"Silenciat",label:"Volum",value:"Volum {value}"},status:{captionsOn:"Legendas activadas",captionsOff:"Legendas desactivadas",paused:"En pausa",playing:"En lectura",fullscreen:"Ecran compl\xE8t",pip:"Vid\xE8o incrustada",exitPip:"Sortir de la vid\xE8o incrustada",seekedTo:"Avan\xE7at fins a {time}"},container:{label:"Lector multim\xE8dia"},errors:{aborted:"Av\xE8tz copat la lectura del m\xE8dia.",network:"Una error de ret a provocat un frac\xE0s del telecargament.",decode:"La lectura del m\xE8dia es copada a causa d'un probl\xE8ma de corrupcion o perque lo m\xE8dia utiliza de foncionalitats pas suportadas pel navigador.",source:"Lo m\xE8dia a pas pogut \xE8sser cargat, si\xE1 perque lo servidor o lo ret a fracassat si\xE1 perque lo format es pas compatible.",encrypted:"Lo m\xE8dia es chifrat e av\xE8m pas las claus per lo deschifrar.",unplayable:"Aqueste m\xE8dia es pas pres en carga pel lector.",title:"Quaucar\xE8n s'es mal passat.",unexpected:"Una error s'es produsida. Provatz d'un autre c\xF2p."},common:{empty:"",ok:"Tampar"},menu:{settings:"Param\xE8tres",quality:"Qualitat",audio:"\xC0udio",default:"Per defaut",speed:"Velocitat",captions:"Legendas",playbackRate:"Velocitat de lectura",back:"Retorn",off:"Desactivat",auto:"Automatic",autoWithLabel:"Automatic ({label})",subtitles:"Sost\xEDtols"}}});var Zp={};_(Zp,{default:()=>ux});var ux,Qp=j(()=>{ux={buttons:{play:"Odtw\xF3rz",pause:"Wstrzymaj",replay:"Odtw\xF3rz ponownie",mute:"Wycisz",unmute:"Wy\u0142\u0105cz wyciszenie"},seek:{forward:"Przewi\u0144 do przodu o {seconds} s",backward:"Przewi\u0144 do ty\u0142u o {seconds} s"},fullscreen:{enter:"Pe\u0142ny ekran",exit:"Wyjd\u017A z pe\u0142nego ekranu"},captions:{enable:"W\u0142\u0105cz napisy",disable:"Wy\u0142\u0105cz napisy"},pip:{enter:"Obraz w obrazie",exit:"Wyjd\u017A z trybu obraz w obrazie"},live:{playing:"Odtwarzanie na \u017Cywo",seekToEdge:"Przejd\u017A na transmisj\u0119 na \u017Cywo",badge:"Na \u017Cywo"},cast:{start:"Rozpocznij przesy\u0142anie",stop:"Zatrzymaj przesy\u0142anie",connecting:"\u0141\u0105czenie"},airplay:{start:"Uruchom AirPlay",stop:"Zatrzymaj AirPlay"},slider:{seek:"Przewijanie"},time:{current:"Aktualny czas",duration:"Czas trwania",remaining:"Pozosta\u0142y czas",elapsedSuffix:"{duration} czasu, kt\xF3ry up\u0142yn\u0105\u0142",durationSuffix:"{duration} czasu trwania",remainingSuffix:"Pozosta\u0142o {duration}",showElapsed:"Poka\u017C up\u0142yw czasu, {duration}.",showDuration:"Poka\u017C czas trwania, {duration}.",showRemaining:"Poka\u017C pozosta\u0142y czas, {duration}.",toggleElapsed:"Prze\u0142\u0105cz mi\u0119dzy czasem, kt\xF3ry up\u0142yn\u0105\u0142, a pozosta\u0142ym czasem.",toggleDuration:"Prze\u0142\u0105cz mi\u0119dzy czasem trwania a pozosta\u0142ym czasem.",position:"{current} z {duration}",unknown:"Multimedia nie zosta\u0142y za\u0142adowane, czas jest nieznany."},playback:{rate:"Pr\u0119dko\u015B\u0107 odtwarzania {rate}"},volume:{mutedValue:"{percent}, wyciszono",muted:"Wyciszono",label:"G\u0142o\u015Bno\u015B\u0107",value:"G\u0142o\u015Bno\u015B\u0107 {value}"},status:{captionsOn:"Napisy w\u0142\u0105czone",captionsOff:"Napisy wy\u0142\u0105czone",paused:"Wstrzymano",playing:"Odtwarzanie",fullscreen:"Pe\u0142ny ekran",pip:"Obraz w obrazie",exitPip:"Wyjd\u017A z obrazu w obrazie",seekedTo:"Przewini\u0119to do {time}"},container:{label:"Odtwarzacz multimedi\xF3w"},errors:{aborted:"Odtwarzanie zosta\u0142o przerwane",network:"B\u0142\u0105d sieci spowodowa\u0142 cz\u0119\u015Bciowe niepowodzenie pobierania materia\u0142u wideo.",decode:"Odtwarzanie materia\u0142u wideo zosta\u0142o przerwane z powodu uszkodzonego pliku wideo lub z powodu u\u017Cycia funkcji multimedi\xF3w nieobs\u0142ugiwanych przez Twoj\u0105 przegl\u0105dark\u0119.",source:"Materia\u0142 wideo nie mo\u017Ce zosta\u0107 za\u0142adowany, poniewa\u017C wyst\u0105pi\u0142 problem z serwerem lub sieci\u0105 albo format materia\u0142u wideo nie jest obs\u0142ugiwany",encrypted:"Materia\u0142 jest zaszyfrowany, a nie mamy kluczy do jego odszyfrowania.",unplayable:"Ten materia\u0142 nie jest obs\u0142ugiwany przez odtwarzacz.",title:"Co\u015B posz\u0142o nie tak.",unexpected:"Wyst\u0105pi\u0142 b\u0142\u0105d. Spr\xF3buj ponownie."},common:{empty:"",ok:"Zamknij"},menu:{settings:"Ustawienia",quality:"Jako\u015B\u0107",audio:"D\u017Awi\u0119k",default:"Domy\u015Blne",speed:"Szybko\u015B\u0107",captions:"Napisy",playbackRate:"Pr\u0119dko\u015B\u0107 odtwarzania",back:"Wstecz",off:"Wy\u0142\u0105czone",auto:"Auto",autoWithLabel:"Auto ({label})",subtitles:"Napisy"}}});var Jp={};_(Jp,{default:()=>Ss});var Ss,Es=j(()=>{Ss={buttons:{play:"Tocar",pause:"Pausar",replay:"Tocar novamente",mute:"Mudo",unmute:"Ativar o som"},seek:{forward:"Avan\xE7ar {seconds} segundos",backward:"Retroceder {seconds} segundos"},fullscreen:{enter:"Tela Cheia",exit:"Sair da tela cheia"},captions:{enable:"Ativar legendas",disable:"Desativar legendas"},pip:{enter:"Picture-in-Picture",exit:"Sair de Picture-in-Picture"},live:{playing:"Reproduzindo ao vivo",seekToEdge:"Ir para o ao vivo",badge:"Ao vivo"},cast:{start:"Iniciar transmiss\xE3o",stop:"Parar transmiss\xE3o",connecting:"Conectando"},airplay:{start:"Iniciar AirPlay",stop:"Parar AirPlay"},slider:{seek:"Buscar"},time:{current:"Tempo",duration:"Dura\xE7\xE3o",remaining:"Tempo Restante",elapsedSuffix:"{duration} de tempo decorrido",durationSuffix:"{duration} de dura\xE7\xE3o",remainingSuffix:"Restam {duration}",showElapsed:"Mostrar tempo decorrido, {duration}.",showDuration:"Mostrar dura\xE7\xE3o, {duration}.",showRemaining:"Mostrar tempo restante, {duration}.",toggleElapsed:"Alternar entre o tempo decorrido e o tempo restante.",toggleDuration:"Alternar entre a dura\xE7\xE3o e o tempo restante.",position:"{current} de {duration}",unknown:"M\xEDdia n\xE3o carregada, o tempo \xE9 desconhecido."},playback:{rate:"Velocidade {rate}"},volume:{mutedValue:"{percent}, silenciado",muted:"Silenciado",label:"N\xEDvel de volume",value:"N\xEDvel de volume {value}"},status:{captionsOn:"Legendas ativadas",captionsOff:"Legendas desativadas",paused:"Pausado",playing:"Reproduzindo",fullscreen:"Tela cheia",pip:"Picture-in-picture",exitPip:"Sair do picture-in-picture",seekedTo:"Posi\xE7\xE3o alterada para {time}"},container:{label:"Reprodutor de m\xEDdia"},errors:{aborted:"Voc\xEA parou a execu\xE7\xE3o do v\xEDdeo.",network:"Um erro na rede causou falha durante o download da m\xEDdia.",decode:"A reprodu\xE7\xE3o foi interrompida devido \xE0 um problema de m\xEDdia corrompida ou porque a m\xEDdia utiliza fun\xE7\xF5es que seu navegador n\xE3o suporta.",source:"A m\xEDdia n\xE3o pode ser carregada, por uma falha de rede ou servidor ou o formato n\xE3o \xE9 suportado.",encrypted:"A m\xEDdia est\xE1 criptografada e n\xE3o temos as chaves para descriptografar.",unplayable:"Esta m\xEDdia n\xE3o \xE9 suportada pelo reprodutor.",title:"Algo deu errado.",unexpected:"Ocorreu um erro. Tente novamente."},common:{empty:"",ok:"Fechar"},menu:{settings:"Configura\xE7\xF5es",quality:"Qualidade",audio:"\xC1udio",default:"Padr\xE3o",speed:"Velocidade",captions:"Legendas",playbackRate:"Velocidade de reprodu\xE7\xE3o",back:"Voltar",off:"Desativado",auto:"Auto",autoWithLabel:"Auto ({label})",subtitles:"Legendas"}}});var em={};_(em,{default:()=>px});var px,tm=j(()=>{px={buttons:{play:"Reproduzir",pause:"Pausar",replay:"Reiniciar",mute:"Desativar som",unmute:"Ativar som"},seek:{forward:"Avan\xE7ar {seconds} segundos",backward:"Recuar {seconds} segundos"},fullscreen:{enter:"Ecr\xE3 inteiro",exit:"Sair de ecr\xE3 inteiro"},captions:{enable:"Ativar legendas",disable:"Desativar legendas"},pip:{enter:"Imagem em imagem",exit:"Sair de imagem em imagem"},live:{playing:"A reproduzir em direto",seekToEdge:"Ir para o em direto",badge:"Em direto"},cast:{start:"Iniciar transmiss\xE3o",stop:"Parar transmiss\xE3o",connecting:"A ligar"},airplay:{start:"Iniciar AirPlay",stop:"Parar AirPlay"},slider:{seek:"Procurar"},time:{current:"Tempo Atual",duration:"Dura\xE7\xE3o",remaining:"Tempo Restante",elapsedSuffix:"{duration} de tempo decorrido",durationSuffix:"{duration} de dura\xE7\xE3o",remainingSuffix:"Restam {duration}",showElapsed:"Mostrar tempo decorrido, {duration}.",showDuration:"Mostrar dura\xE7\xE3o, {duration}.",showRemaining:"Mostrar tempo restante, {duration}.",toggleElapsed:"Alternar entre o tempo decorrido e o tempo restante.",toggleDuration:"Alternar entre a dura\xE7\xE3o e o tempo restante.",position:"{current} de {duration}",unknown:"Conte\xFAdo multim\xE9dia n\xE3o carregado, tempo desconhecido."},playback:{rate:"Velocidade de reprodu\xE7\xE3o {rate}"},volume:{mutedValue:"{percent}, sem som",muted:"Sem som",label:"N\xEDvel de volume",value:"N\xEDvel de volume {value}"},status:{captionsOn:"Legendas ativas",captionsOff:"Legendas desativadas",paused:"Em pausa",playing:"A reproduzir",fullscreen:"Ecr\xE3 inteiro",pip:"Imagem em imagem",exitPip:"Sair de imagem em imagem",seekedTo:"Posi\xE7\xE3o alterada para {time}"},container:{label:"Reprodutor multim\xE9dia"},errors:{aborted:"Parou a reprodu\xE7\xE3o do v\xEDdeo.",network:"Um erro na rede fez o v\xEDdeo falhar parcialmente.",decode:"A reprodu\xE7\xE3o foi interrompida por um problema com o v\xEDdeo ou porque o formato n\xE3o \xE9 compat\xEDvel com o seu navegador.",source:"O v\xEDdeo n\xE3o pode ser carregado, ou porque houve um problema na rede ou no servidor, ou porque o formato do v\xEDdeo n\xE3o \xE9 compat\xEDvel.",encrypted:"O v\xEDdeo est\xE1 encriptado e n\xE3o h\xE1 uma chave para o desencriptar.",unplayable:"Este conte\xFAdo multim\xE9dia n\xE3o \xE9 suportado pelo reprodutor.",title:"Algo correu mal.",unexpected:"Ocorreu um erro. Por favor tente novamente."},common:{empty:"",ok:"Fechar"},menu:{settings:"Defini\xE7\xF5es",quality:"Qualidade",audio:"\xC1udio",default:"Predefini\xE7\xE3o",speed:"Velocidade",captions:"Legendas",playbackRate:"Velocidade de reprodu\xE7\xE3o",back:"Voltar",off:"Desativado",auto:"Auto",autoWithLabel:"Auto ({label})",subtitles:"Legendas"}}});var im={};_(im,{default:()=>mx});var mx,nm=j(()=>{mx={buttons:{play:"Redare",pause:"Pauz\u0103",replay:"Reluare",mute:"F\u0103r\u0103 sunet",unmute:"Cu sunet"},seek:{forward:"Salt \xEEnainte {seconds} secunde",backward:"Salt \xEEnapoi {seconds} secunde"},fullscreen:{enter:"Ecran complet",exit:"Ie\u0219ire ecran complet"},captions:{enable:"Activeaz\u0103 subtitr\u0103rile",disable:"Dezactiveaz\u0103 subtitr\u0103rile"},pip:{enter:"Imagine \xEEn imagine",exit:"\xCEnchidere imagine \xEEn imagine"},live:{playing:"Redare \xEEn direct",seekToEdge:"Salt la direct",badge:"\xCEn direct"},cast:{start:"Pornire transmisie",stop:"Oprire transmisie",connecting:"Se conecteaz\u0103"},airplay:{start:"Porne\u0219te AirPlay",stop:"Opre\u0219te AirPlay"},slider:{seek:"Derulare"},time:{current:"Ora curent\u0103",duration:"Durat\u0103",remaining:"Timp r\u0103mas",elapsedSuffix:"{duration} de timp scurs",durationSuffix:"{duration} durat\u0103",remainingSuffix:"Mai r\u0103m\xE2n {duration}",showElapsed:"Afi\u0219eaz\u0103 timpul scurs, {duration}.",showDuration:"Afi\u0219eaz\u0103 durata, {duration}.",showRemaining:"Afi\u0219eaz\u0103 timpul r\u0103mas, {duration}.",toggleElapsed:"Comut\u0103 \xEEntre timpul scurs \u0219i timpul r\u0103mas.",toggleDuration:"Comut\u0103 \xEEntre durat\u0103 \u0219i timpul r\u0103mas.",position:"{current} din {duration}",unknown:"Fi\u0219ierul media nu s-a \xEEnc\u0103rcat, durat\u0103 necunoscut\u0103."},playback:{rate:"Rat\u0103 de redare {rate}"},volume:{mutedValue:"{percent}, mut",muted:"Mut",label:"Volum",value:"Volum {value}"},status:{captionsOn:"Subtitr\u0103ri activate",captionsOff:"Subtitr\u0103ri dezactivate",paused:"Pauz\u0103",playing:"Se red\u0103",fullscreen:"Ecran complet",pip:"Imagine \xEEn imagine",exitPip:"\xCEnchidere imagine \xEEn imagine",seekedTo:"S-a trecut la {time}"},container:{label:"Player media"},errors:{aborted:"A\u021Bi abandonat redarea media",network:"O eroare de re\u021Bea a provocat e\u0219ecul desc\u0103rc\u0103rii con\u021Binutului media \xEEn timpul procesului.",decode:"Redarea media a fost \xEEntrerupt\u0103 din cauza con\u021Binutului corupt sau din cauza faptului c\u0103 acest con\u021Binut media folose\u0219te func\u021Bii pe care browserul dvs. nu le accept\u0103.",source:"Con\u021Binutul media nu a putut fi \xEEnc\u0103rcat, fie pentru c\u0103 serverul sau re\u021Beaua a e\u0219uat, fie pentru c\u0103 formatul nu este acceptat.",encrypted:"Con\u021Binutul media este criptat \u0219i nu avem cheile pentru decriptare.",unplayable:"Acest fi\u0219ier media nu este acceptat de player.",title:"Ceva a mers gre\u0219it.",unexpected:"A ap\u0103rut o eroare. V\u0103 rug\u0103m s\u0103 \xEEncerca\u021Bi din nou."},common:{empty:"",ok:"\xCEnchidere"},menu:{settings:"Set\u0103ri",quality:"Calitate",audio:"Sunet",default:"Implicit",speed:"Vitez\u0103",captions:"Subtitr\u0103ri",playbackRate:"Rat\u0103 de redare",back:"\xCEnapoi",off:"Dezactivat",auto:"Automat",autoWithLabel:"Automat ({label})",subtitles:"Subtitr\u0103ri"}}});var rm={};_(rm,{default:()=>fx});var fx,am=j(()=>{fx={buttons:{play:"\u0412\u043E\u0441\u043F\u0440\u043E\u0438\u0437\u0432\u0435\u0441\u0442\u0438",pause:"\u041F\u0440\u0438\u043E\u0441\u0442\u0430\u043D\u043E\u0432\u0438\u0442\u044C",replay:"\u0412\u043E\u0441\u043F\u0440\u043E\u0438\u0437\u0432\u0435\u0441\u0442\u0438 \u0441\u043D\u043E\u0432\u0430",mute:"\u0411\u0435\u0437 \u0437\u0432\u0443\u043A\u0430",unmute:"\u0421\u043E \u0437\u0432\u0443\u043A\u043E\u043C"},seek:{forward:"\u041D\u0430 {seconds} \u0441\u0435\u043A\u0443\u043D\u0434 \u0432\u043F\u0435\u0440\u0435\u0434",backward:"\u041D\u0430 {seconds} \u0441\u0435\u043A\u0443\u043D\u0434 \u043D\u0430\u0437\u0430\u0434"},fullscreen:{enter:"\u041F\u043E\u043B\u043D\u043E\u044D\u043A\u0440\u0430\u043D\u043D\u044B\u0439 \u0440\u0435\u0436\u0438\u043C",exit:"\u0412\u044B\u0439\u0442\u0438 \u0438\u0437 \u043F\u043E\u043B\u043D\u043E\u044D\u043A\u0440\u0430\u043D\u043D\u043E\u0433\u043E \u0440\u0435\u0436\u0438\u043C\u0430"},captions:{enable:"\u0412\u043A\u043B\u044E\u0447\u0438\u0442\u044C \u0441\u0443\u0431\u0442\u0438\u0442\u0440\u044B",disable:"\u041E\u0442\u043A\u043B\u044E\u0447\u0438\u0442\u044C \u0441\u0443\u0431\u0442\u0438\u0442\u0440\u044B"},pip:{enter:"\u041A\u0430\u0440\u0442\u0438\u043D\u043A\u0430 \u0432 \u043A\u0430\u0440\u0442\u0438\u043D\u043A\u0435",exit:"\u0417\u0430\u043A\u0440\u044B\u0442\u044C \u043A\u0430\u0440\u0442\u0438\u043D\u043A\u0443 \u0432 \u043A\u0430\u0440\u0442\u0438\u043D\u043A\u0435"},live:{playing:"\u041F\u0440\u044F\u043C\u043E\u0439 \u044D\u0444\u0438\u0440",seekToEdge:"\u041F\u0435\u0440\u0435\u0439\u0442\u0438 \u043A \u043F\u0440\u044F\u043C\u043E\u043C\u0443 \u044D\u0444\u0438\u0440\u0443",badge:"\u041F\u0440\u044F\u043C\u043E\u0439 \u044D\u0444\u0438\u0440"},cast:{start:"\u041D\u0430\u0447\u0430\u0442\u044C \u0442\u0440\u0430\u043D\u0441\u043B\u044F\u0446\u0438\u044E",stop:"\u041E\u0441\u0442\u0430\u043D\u043E\u0432\u0438\u0442\u044C \u0442\u0440\u0430\u043D\u0441\u043B\u044F\u0446\u0438\u044E",connecting:"\u041F\u043E\u0434\u043A\u043B\u044E\u0447\u0435\u043D\u0438\u0435"},airplay:{start:"\u0417\u0430\u043F\u0443\u0441\u0442\u0438\u0442\u044C AirPlay",stop:"\u041E\u0441\u0442\u0430\u043D\u043E\u0432\u0438\u0442\u044C AirPlay"},slider:{seek:"\u041F\u0435\u0440\u0435\u043C\u043E\u0442\u043A\u0430"},time:{current:"\u0422\u0435\u043A\u0443\u0449\u0435\u0435 \u0432\u0440\u0435\u043C\u044F",duration:"\u041F\u0440\u043E\u0434\u043E\u043B\u0436\u0438\u0442\u0435\u043B\u044C\u043D\u043E\u0441\u0442\u044C",remaining:"\u041E\u0441\u0442\u0430\u0432\u0448\u0435\u0435\u0441\u044F \u0432\u0440\u0435\u043C\u044F",elapsedSuffix:"{duration} \u043F\u0440\u043E\u0448\u0435\u0434\u0448\u0435\u0433\u043E \u0432\u0440\u0435\u043C\u0435\u043D\u0438",durationSuffix:"{duration} \u043F\u0440\u043E\u0434\u043E\u043B\u0436\u0438\u0442\u0435\u043B\u044C\u043D\u043E\u0441\u0442\u044C",remainingSuffix:"\u041E\u0441\u0442\u0430\u043B\u043E\u0441\u044C {duration}",showElapsed:"\u041F\u043E\u043A\u0430\u0437\u0430\u0442\u044C \u043F\u0440\u043E\u0448\u0435\u0434\u0448\u0435\u0435 \u0432\u0440\u0435\u043C\u044F, {duration}.",showDuration:"\u041F\u043E\u043A\u0430\u0437\u0430\u0442\u044C \u0434\u043B\u0438\u0442\u0435\u043B\u044C\u043D\u043E\u0441\u0442\u044C, {duration}.",showRemaining:"\u041F\u043E\u043A\u0430\u0437\u0430\u0442\u044C \u043E\u0441\u0442\u0430\u0432\u0448\u0435\u0435\u0441\u044F \u0432\u0440\u0435\u043C\u044F, {duration}.",toggleElapsed:"\u041F\u0435\u0440\u0435\u043A\u043B\u044E\u0447\u0435\u043D\u0438\u0435 \u043C\u0435\u0436\u0434\u0443 \u043F\u0440\u043E\u0448\u0435\u0434\u0448\u0438\u043C \u0438 \u043E\u0441\u0442\u0430\u0432\u0448\u0438\u043C\u0441\u044F \u0432\u0440\u0435\u043C\u0435\u043D\u0435\u043C.",toggleDuration:"\u041F\u0435\u0440\u0435\u043A\u043B\u044E\u0447\u0435\u043D\u0438\u0435 \u043C\u0435\u0436\u0434\u0443 \u043F\u0440\u043E\u0434\u043E\u043B\u0436\u0438\u0442\u0435\u043B\u044C\u043D\u043E\u0441\u0442\u044C\u044E \u0438 \u043E\u0441\u0442\u0430\u0432\u0448\u0438\u043C\u0441\u044F \u0432\u0440\u0435\u043C\u0435\u043D\u0435\u043C.",position:"{current} \u0438\u0437 {duration}",unknown:"\u041C\u0435\u0434\u0438\u0430\u0444\u0430\u0439\u043B \u043D\u0435 \u0437\u0430\u0433\u0440\u0443\u0436\u0435\u043D, \u0432\u0440\u0435\u043C\u044F \u043D\u0435\u0438\u0437\u0432\u0435\u0441\u0442\u043D\u043E."},playback:{rate:"\u0421\u043A\u043E\u0440\u043E\u0441\u0442\u044C \u0432\u043E\u0441\u043F\u0440\u043E\u0438\u0437\u0432\u0435\u0434\u0435\u043D\u0438\u044F {rate}"},volume:{mutedValue:"{percent}, \u0431\u0435\u0437 \u0437\u0432\u0443\u043A\u0430",muted:"\u0411\u0435\u0437 \u0437\u0432\u0443\u043A\u0430",label:"\u0413\u0440\u043E\u043C\u043A\u043E\u0441\u0442\u044C",value:"\u0413\u0440\u043E\u043C\u043A\u043E\u0441\u0442\u044C {value}"},status:{captionsOn:"\u0421\u0443\u0431\u0442\u0438\u0442\u0440\u044B \u0432\u043A\u043B\u044E\u0447\u0435\u043D\u044B",captionsOff:"\u0421\u0443\u0431\u0442\u0438\u0442\u0440\u044B \u0432\u044B\u043A\u043B\u044E\u0447\u0435\u043D\u044B",paused:"\u041D\u0430 \u043F\u0430\u0443\u0437\u0435",playing:"\u0412\u043E\u0441\u043F\u0440\u043E\u0438\u0437\u0432\u0435\u0434\u0435\u043D\u0438\u0435",fullscreen:"\u041F\u043E\u043B\u043D\u043E\u044D\u043A\u0440\u0430\u043D\u043D\u044B\u0439 \u0440\u0435\u0436\u0438\u043C",pip:"\u041A\u0430\u0440\u0442\u0438\u043D\u043A\u0430 \u0432 \u043A\u0430\u0440\u0442\u0438\u043D\u043A\u0435",exitPip:"\u0412\u044B\u0439\u0442\u0438 \u0438\u0437 \u0440\u0435\u0436\u0438\u043C\u0430 \xAB\u043A\u0430\u0440\u0442\u0438\u043D\u043A\u0430 \u0432 \u043A\u0430\u0440\u0442\u0438\u043D\u043A\u0435\xBB",seekedTo:"\u041F\u0435\u0440\u0435\u0445\u043E\u0434 \u043A \u043E\u0442\u043C\u0435\u0442\u043A\u0435 {time}"},container:{label:"\u041C\u0435\u0434\u0438\u0430\u043F\u043B\u0435\u0435\u0440"},errors:{aborted:"\u0412\u044B \u043F\u0440\u0435\u0440\u0432\u0430\u043B\u0438 \u0432\u043E\u0441\u043F\u0440\u043E\u0438\u0437\u0432\u0435\u0434\u0435\u043D\u0438\u0435 \u0432\u0438\u0434\u0435\u043E",network:"\u041E\u0448\u0438\u0431\u043A\u0430 \u0441\u0435\u0442\u0438 \u0432\u044B\u0437\u0432\u0430\u043B\u0430 \u0441\u0431\u043E\u0439 \u0432\u043E \u0432\u0440\u0435\u043C\u044F \u0437\u0430\u0433\u0440\u0443\u0437\u043A\u0438.",decode:"\u0412\u043E\u0441\u043F\u0440\u043E\u0438\u0437\u0432\u0435\u0434\u0435\u043D\u0438\u0435 \u043F\u0440\u0435\u0440\u0432\u0430\u043D\u043E \u0438\u0437-\u0437\u0430 \u043F\u043E\u0432\u0440\u0435\u0436\u0434\u0435\u043D\u0438\u044F \u043B\u0438\u0431\u043E \u0432 \u0441\u0432\u044F\u0437\u0438 \u0441 \u0442\u0435\u043C, \u0447\u0442\u043E \u0432\u0438\u0434\u0435\u043E \u0438\u0441\u043F\u043E\u043B\u044C\u0437\u0443\u0435\u0442 \u0444\u0443\u043D\u043A\u0446\u0438\u0438, \u043D\u0435\u043F\u043E\u0434\u0434\u0435\u0440\u0436\u0438\u0432\u0430\u0435\u043C\u044B\u0435 \u0432\u0430\u0448\u0438\u043C \u0431\u0440\u0430\u0443\u0437\u0435\u0440\u043E\u043C.",source:"\u041D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u0437\u0430\u0433\u0440\u0443\u0437\u0438\u0442\u044C \u0432\u0438\u0434\u0435\u043E \u0438\u0437-\u0437\u0430 \u0441\u0435\u0442\u0435\u0432\u043E\u0433\u043E \u0438\u043B\u0438 \u0441\u0435\u0440\u0432\u0435\u0440\u043D\u043E\u0433\u043E \u0441\u0431\u043E\u044F \u043B\u0438\u0431\u043E \u043D\u0435\u043F\u043E\u0434\u0434\u0435\u0440\u0436\u0438\u0432\u0430\u0435\u043C\u043E\u0433\u043E \u0444\u043E\u0440\u043C\u0430\u0442\u0430 \u0432\u0438\u0434\u0435\u043E.",encrypted:"\u0412\u0438\u0434\u0435\u043E \u0437\u0430\u0448\u0438\u0444\u0440\u043E\u0432\u0430\u043D\u043E, \u0430 \u0443 \u043D\u0430\u0441 \u043D\u0435\u0442 \u043A\u043B\u044E\u0447\u0435\u0439 \u0434\u043B\u044F \u0435\u0433\u043E \u0440\u0430\u0441\u0448\u0438\u0444\u0440\u043E\u0432\u043A\u0438.",unplayable:"\u042D\u0442\u043E\u0442 \u043C\u0435\u0434\u0438\u0430\u0444\u0430\u0439\u043B \u043D\u0435 \u043F\u043E\u0434\u0434\u0435\u0440\u0436\u0438\u0432\u0430\u0435\u0442\u0441\u044F \u043F\u043B\u0435\u0435\u0440\u043E\u043C.",title:"\u0427\u0442\u043E-\u0442\u043E \u043F\u043E\u0448\u043B\u043E \u043D\u0435 \u0442\u0430\u043A.",unexpected:"\u041F\u0440\u043E\u0438\u0437\u043E\u0448\u043B\u0430 \u043E\u0448\u0438\u0431\u043A\u0430. \u041F\u043E\u043F\u0440\u043E\u0431\u0443\u0439\u0442\u0435 \u0441\u043D\u043E\u0432\u0430."},common:{empty:"",ok:"\u0417\u0430\u043A\u0440\u044B\u0442\u044C"},menu:{settings:"\u041D\u0430\u0441\u0442\u0440\u043E\u0439\u043A\u0438",quality:"\u041A\u0430\u0447\u0435\u0441\u0442\u0432\u043E",audio:"\u0410\u0443\u0434\u0438\u043E",default:"\u041F\u043E \u0443\u043C\u043E\u043B\u0447\u0430\u043D\u0438\u044E",speed:"\u0421\u043A\u043E\u0440\u043E\u0441\u0442\u044C",captions:"\u0421\u0443\u0431\u0442\u0438\u0442\u0440\u044B",playbackRate:"\u0421\u043A\u043E\u0440\u043E\u0441\u0442\u044C \u0432\u043E\u0441\u043F\u0440\u043E\u0438\u0437\u0432\u0435\u0434\u0435\u043D\u0438\u044F",back:"\u041D\u0430\u0437\u0430\u0434",off:"\u0412\u044B\u043A\u043B.",auto:"\u0410\u0432\u0442\u043E",autoWithLabel:"\u0410\u0432\u0442\u043E ({label})",subtitles:"\u0421\u0443\u0431\u0442\u0438\u0442\u0440\u044B"}}});var om={};_(om,{default:()=>hx});var hx,sm=j(()=>{hx={buttons:{play:"Prehra\u0165",pause:"Pozastavi\u0165",replay:"Prehra\u0165 znova",mute:"Stlmi\u0165",unmute:"Zru\u0161i\u0165 stlmenie"},seek:{forward:"Posun\xFA\u0165 dopredu o {seconds} s",backward:"Posun\xFA\u0165 dozadu o {seconds} s"},fullscreen:{enter:"Re\u017Eim celej obrazovky",exit:"Zavrie\u0165 cel\xFA obrazovku"},captions:{enable:"Zapn\xFA\u0165 titulky",disable:"Vypn\xFA\u0165 titulky"},pip:{enter:"Obraz v obraze",exit:"Zavrie\u0165 obraz v obraze"},live:{playing:"Prehr\xE1va sa na\u017Eivo",seekToEdge:"Prejs\u0165 na \u017Eiv\xE9 vysielanie",badge:"Na\u017Eivo"},cast:{start:"Spusti\u0165 prenos",stop:"Zastavi\u0165 prenos",connecting:"Prip\xE1jam"},airplay:{start:"Spusti\u0165 AirPlay",stop:"Zastavi\u0165 AirPlay"},slider:{seek:"Posun"},time:{current:"Aktu\xE1lny \u010Das",duration:"\u010Cas trvania",remaining:"Zost\xE1vaj\xFAci \u010Das",elapsedSuffix:"{duration} uplynul\xE9ho \u010Dasu",durationSuffix:"{duration} trvania",remainingSuffix:"Zost\xE1va {duration}",showElapsed:"Zobrazi\u0165 uplynul\xFD \u010Das, {duration}.",showDuration:"Zobrazi\u0165 trvanie, {duration}.",showRemaining:"Zobrazi\u0165 zost\xE1vaj\xFAci \u010Das, {duration}.",toggleElapsed:"Prep\xEDnanie medzi uplynul\xFDm a zost\xE1vaj\xFAcim \u010Dasom.",toggleDuration:"Prep\xEDnanie medzi trvan\xEDm a zost\xE1vaj\xFAcim \u010Dasom.",position:"{current} z {duration}",unknown:"M\xE9dium sa nena\u010D\xEDtalo, \u010Das nie je zn\xE1my."},playback:{rate:"R\xFDchlos\u0165 prehr\xE1vania {rate}"},volume:{mutedValue:"{percent}, stlmen\xE9",muted:"Stlmen\xE9",label:"Hlasitos\u0165",value:"Hlasitos\u0165 {value}"},status:{captionsOn:"Popisky zapnut\xE9",captionsOff:"Popisky vypnut\xE9",paused:"Pozastaven\xE9",playing:"Prehr\xE1va sa",fullscreen:"Cel\xE1 obrazovka",pip:"Obraz v obraze",exitPip:"Zavrie\u0165 obraz v obraze",seekedTo:"Presunut\xE9 na {time}"},container:{label:"Prehr\xE1va\u010D m\xE9di\xED"},errors:{aborted:"Preru\u0161ili ste prehr\xE1vanie",network:"S\u0165ahovanie s\xFAboru bolo zru\u0161en\xE9 pre chybu na sieti.",decode:"Prehr\xE1vanie s\xFAboru bolo preru\u0161en\xE9 pre po\u0161koden\xE9 d\xE1ta, alebo s\xFAbor pou\u017E\xEDva vlastnosti, ktor\xE9 v\xE1\u0161 prehliada\u010D nepodporuje.",source:"S\xFAbor sa nepodarilo na\u010D\xEDta\u0165 pre chybu servera, sie\u0165ov\xE9ho pripojenia, alebo je form\xE1t s\xFAboru nepodporovan\xFD.",encrypted:"S\xFAbor je za\u0161ifrovan\xFD a nie je k dispoz\xEDcii k\u013E\xFA\u010D na roz\u0161ifrovanie.",unplayable:"Toto m\xE9dium prehr\xE1va\u010D nepodporuje.",title:"Nie\u010Do sa pokazilo.",unexpected:"Vyskytla sa chyba. Sk\xFAste to znova."},common:{empty:"",ok:"Zatvori\u0165"},menu:{settings:"Nastavenia",quality:"Kvalita",audio:"Zvuk",default:"Predvolen\xE9",speed:"R\xFDchlos\u0165",captions:"Titulky",playbackRate:"R\xFDchlos\u0165 prehr\xE1vania",back:"Sp\xE4\u0165",off:"Vypnut\xE9",auto:"Automaticky",autoWithLabel:"Automaticky ({label})",subtitles:"Titulky"}}});var lm={};_(lm,{default:()=>gx});var gx,dm=j(()=>{gx={buttons:{play:"Predvajaj",pause:"Za\u010Dasno ustavi",replay:"Predvajaj ponovno",mute:"Izklju\u010Di zvok",unmute:"Vklju\u010Di zvok"},seek:{forward:"Presko\u010Di naprej {seconds} sekund",backward:"Presko\u010Di nazaj {seconds} sekund"},fullscreen:{enter:"Celozaslonski prikaz",exit:"Izhod iz celozaslonskega prikaza"},captions:{enable:"Vklopi podnapise",disable:"Izklopi podnapise"},pip:{enter:"Slika v sliki",exit:"Izhod iz slike v sliki"},live:{playing:"Predvajanje v \u017Eivo",seekToEdge:"Sko\u010Di na live",badge:"V \u017Eivo"},cast:{start:"Za\u010Dni predvajanje na zaslonu",stop:"Ustavi predvajanje na zaslonu",connecting:"Povezovanje"},airplay:{start:"Za\u017Eeni AirPlay",stop:"Ustavi AirPlay"},slider:{seek:"Premikanje"},time:{current:"Trenutni \u010Das",duration:"Trajanje",remaining:"Preostali \u010Das",elapsedSuffix:"{duration} preteklega \u010Dasa",durationSuffix:"{duration} trajanja",remainingSuffix:"Preostane {duration}",showElapsed:"Prika\u017Ei pretekli \u010Das, {duration}.",showDuration:"Prika\u017Ei trajanje, {duration}.",showRemaining:"Prika\u017Ei preostali \u010Das, {duration}.",toggleElapsed:"Preklopi med preteklim in preostalim \u010Dasom.",toggleDuration:"Preklopi med trajanjem in preostalim \u010Dasom.",position:"{current} od {duration}",unknown:"Predstavnostna vsebina se ni nalo\u017Eila, \u010Das ni znan."},playback:{rate:"Hitrost predvajanja {rate}"},volume:{mutedValue:"{percent}, izklopljeno",muted:"Izklopljeno",label:"Glasnost",value:"Glasnost {value}"},status:{captionsOn:"Zvo\u010Dni zapis vklopljen",captionsOff:"Zvo\u010Dni zapis izklopljen",paused:"Za\u010Dasno ustavljeno",playing:"Predvaja",fullscreen:"Celozaslonski prikaz",pip:"Slika v sliki",exitPip:"Izhod iz slike v sliki",seekedTo:"Premaknjeno na {time}"},container:{label:"Medijski predvajalnik"},errors:{aborted:"Prekinili ste predvajanje.",network:"Prenos multimedijske datoteke ni uspel zaradi napake v omre\u017Eju.",decode:"Predvajanje datoteke je bilo prekinjeno zaradi napak v datoteki ali ker uporablja funkcije, ki jih brskalnik ne podpira.",source:"Multimedijske datoteke ni bilo mogo\u010De nalo\u017Eiti zaradi napake na stre\u017Eniku oziroma omre\u017Eju ali ker ta oblika ni podprta.",encrypted:"Datoteka je \u0161ifrirana in predvajalnik nima klju\u010Dev za njeno de\u0161ifriranje.",unplayable:"Predvajalnik ne podpira tega medija.",title:"Nekaj je \u0161lo narobe.",unexpected:"Pri\u0161lo je do napake. Poskusite znova."},common:{empty:"",ok:"Zapri"},menu:{settings:"Nastavitve",quality:"Kakovost",audio:"Zvok",default:"Privzeto",speed:"Hitrost",captions:"Podnapisi",playbackRate:"Hitrost predvajanja",back:"Nazaj",off:"Izklopljeno",auto:"Samodejno",autoWithLabel:"Samodejno ({label})",subtitles:"Podnapisi"}}});var cm={};_(cm,{default:()=>bx});var bx,um=j(()=>{bx={buttons:{play:"Pusti",pause:"Pauza",replay:"Ponovi",mute:"Uti\u0161aj",unmute:"Poni\u0161ti uti\u0161avanje"},seek:{forward:"Premotaj unapred {seconds} sekundi",backward:"Premotaj unazad {seconds} sekundi"},fullscreen:{enter:"Re\u017Eim celog ekrana",exit:"Iza\u0111i iz re\u017Eima celog ekrana"},captions:{enable:"Uklju\u010Di titlove",disable:"Isklju\u010Di titlove"},pip:{enter:"Slika u slici",exit:"Iza\u0111i iz slike u slici"},live:{playing:"Reprodukcija u\u017Eivo",seekToEdge:"Idi na live",badge:"U\u017Eivo"},cast:{start:"Po\u010Dni emitovanje",stop:"Zaustavi emitovanje",connecting:"Povezivanje"},airplay:{start:"\u041F\u043E\u043A\u0440\u0435\u043D\u0438 AirPlay",stop:"\u0417\u0430\u0443\u0441\u0442\u0430\u0432\u0438 AirPlay"},slider:{seek:"Premotavanje"},time:{current:"Trenutno vreme",duration:"Vreme trajanja",remaining:"Preostalo vreme",elapsedSuffix:"{duration} proteklog vremena",durationSuffix:"{duration} trajanja",remainingSuffix:"Preostalo {duration}",showElapsed:"Prika\u017Ei proteklo vreme, {duration}.",showDuration:"Prika\u017Ei trajanje, {duration}.",showRemaining:"Prika\u017Ei preostalo vreme, {duration}.",toggleElapsed:"Prebacivanje izme\u0111u proteklog i preostalog vremena.",toggleDuration:"Prebacivanje izme\u0111u trajanja i preostalog vremena.",position:"{current} od {duration}",unknown:"\u041C\u0435\u0434\u0438\u0458\u0441\u043A\u0438 \u0441\u0430\u0434\u0440\u0436\u0430\u0458 \u043D\u0438\u0458\u0435 \u0443\u0447\u0438\u0442\u0430\u043D, \u0432\u0440\u0435\u043C\u0435 \u043D\u0438\u0458\u0435 \u043F\u043E\u0437\u043D\u0430\u0442\u043E."},playback:{rate:"Stopa reprodukcije {rate}"},volume:{mutedValue:"{percent}, uti\u0161ano",muted:"Uti\u0161ano",label:"Ja\u010Dina zvuka",value:"Ja\u010Dina zvuka {value}"},status:{captionsOn:"Titlovi uklju\u010Deni",captionsOff:"Titlovi isklju\u010Deni",paused:"Pauzirano",playing:"Reprodukuje se",fullscreen:"Re\u017Eim celog ekrana",pip:"Slika u slici",exitPip:"Iza\u0111i iz slike u slici",seekedTo:"Premotano na {time}"},container:{label:"Medija plejer"},errors:{aborted:"Isklju\u010Dili ste reprodukciju videa.",network:"Video se prestao preuzimati zbog gre\u0161ke na mre\u017Ei.",decode:"Reprodukcija videa je zaustavljena zbog gre\u0161ke u formatu ili zbog verzije va\u0161eg pretra\u017Eiva\u010Da.",source:"Video se ne mo\u017Ee reproducirati zbog servera, gre\u0161ke u mre\u017Ei ili format nije podr\u017Ean.",encrypted:"Medij je \u0161ifrovan i nema klju\u010Deva za de\u0161ifrovanje.",unplayable:"Plejer ne podr\u017Eava ovaj medij.",title:"Ne\u0161to je po\u0161lo po zlu.",unexpected:"Do\u0161lo je do gre\u0161ke. Molimo poku\u0161ajte ponovo."},common:{empty:"",ok:"Zatvori"},menu:{settings:"Pode\u0161avanja",quality:"Kvalitet",audio:"Zvuk",default:"\u041F\u043E\u0434\u0440\u0430\u0437\u0443\u043C\u0435\u0432\u0430\u043D\u043E",speed:"Brzina",captions:"Titlovi",playbackRate:"Stopa reprodukcije",back:"Nazad",off:"Isklju\u010Deno",auto:"Automatski",autoWithLabel:"Automatski ({label})",subtitles:"Titlovi"}}});var pm={};_(pm,{default:()=>vx});var vx,mm=j(()=>{vx={buttons:{play:"Spela",pause:"Pausa",replay:"Spela upp igen",mute:"Ljud av",unmute:"Ljud p\xE5"},seek:{forward:"Hoppa fram\xE5t {seconds} sekunder",backward:"Hoppa bak\xE5t {seconds} sekunder"},fullscreen:{enter:"Fullsk\xE4rm",exit:"Avsluta fullsk\xE4rm"},captions:{enable:"Aktivera textning",disable:"Inaktivera textning"},pip:{enter:"Bild-i-bild",exit:"Avsluta bild-i-bild"},live:{playing:"Spelar live",seekToEdge:"G\xE5 till live",badge:"Live"},cast:{start:"Starta casting",stop:"Stoppa casting",connecting:"Ansluter"},airplay:{start:"Starta AirPlay",stop:"Stoppa AirPlay"},slider:{seek:"Spola"},time:{current:"Aktuell tid",duration:"Total tid",remaining:"\xC5terst\xE5ende tid",elapsedSuffix:"{duration} f\xF6rfluten tid",durationSuffix:"{duration} varaktighet",remainingSuffix:"{duration} kvar",showElapsed:"Visa f\xF6rfluten tid, {duration}.",showDuration:"Visa l\xE4ngd, {duration}.",showRemaining:"Visa \xE5terst\xE5ende tid, {duration}.",toggleElapsed:"V\xE4xla mellan f\xF6rfluten och \xE5terst\xE5ende tid.",toggleDuration:"V\xE4xla mellan varaktighet och \xE5terst\xE5ende tid.",position:"{current} av {duration}",unknown:"Mediet laddades inte, ok\xE4nd tid."},playback:{rate:"Uppspelningshastighet {rate}"},volume:{mutedValue:"{percent}, tystat",muted:"Tystat",label:"Volym",value:"Volym {value}"},status:{captionsOn:"Text p\xE5",captionsOff:"Text av",paused:"Pausad",playing:"Spelar",fullscreen:"Fullsk\xE4rm",pip:"Bild i bild",exitPip:"Avsluta bild i bild",seekedTo:"Hoppade till {time}"},container:{label:"Mediaspelare"},errors:{aborted:"Du har avbrutit videouppspelningen.",network:"Ett n\xE4tverksfel gjorde att nedladdningen av videon avbr\xF6ts.",decode:"Uppspelningen avbr\xF6ts p\xE5 grund av att videon \xE4r skadad, eller ocks\xE5 f\xF6r att videon anv\xE4nder funktioner som din webbl\xE4sare inte st\xF6der.",source:"Det gick inte att ladda videon, antingen p\xE5 grund av ett server- eller n\xE4tverksfel, eller f\xF6r att formatet inte st\xF6ds.",encrypted:"Mediat \xE4r krypterat och vi har inte nycklarna f\xF6r att dekryptera det.",unplayable:"Det h\xE4r mediet st\xF6ds inte av spelaren.",title:"N\xE5got gick fel.",unexpected:"Ett fel uppstod. F\xF6rs\xF6k igen."},common:{empty:"",ok:"St\xE4ng"},menu:{settings:"Inst\xE4llningar",quality:"Kvalitet",audio:"Ljud",default:"Standard",speed:"Hastighet",captions:"Textning",playbackRate:"Uppspelningshastighet",back:"Tillbaka",off:"Av",auto:"Auto",autoWithLabel:"Auto ({label})",subtitles:"Undertexter"}}});var fm={};_(fm,{default:()=>yx});var yx,hm=j(()=>{yx={buttons:{play:"\u0C2A\u0C4D\u0C32\u0C47",pause:"\u0C2A\u0C3E\u0C1C\u0C4D",replay:"\u0C30\u0C40\u0C2A\u0C4D\u0C32\u0C47",mute:"\u0C2E\u0C4D\u0C2F\u0C42\u0C1F\u0C4D",unmute:"\u0C05\u0C28\u0C4D\u0C2E\u0C4D\u0C2F\u0C42\u0C1F\u0C4D \u0C1A\u0C47\u0C2F\u0C02\u0C21\u0C3F"},seek:{forward:"{seconds} \u0C38\u0C46\u0C15\u0C28\u0C4D\u0C32\u0C41 \u0C2E\u0C41\u0C02\u0C26\u0C41\u0C15\u0C41",backward:"{seconds} \u0C38\u0C46\u0C15\u0C28\u0C4D\u0C32\u0C41 \u0C35\u0C46\u0C28\u0C41\u0C15\u0C15\u0C41"},fullscreen:{enter:"\u0C2A\u0C42\u0C30\u0C4D\u0C24\u0C3F \u0C38\u0C4D\u0C15\u0C4D\u0C30\u0C40\u0C28\u0C4D",exit:"\u0C2A\u0C42\u0C30\u0C4D\u0C24\u0C3F \u0C38\u0C4D\u0C15\u0C4D\u0C30\u0C40\u0C28\u0C4D \u0C28\u0C41\u0C02\u0C21\u0C3F \u0C28\u0C3F\u0C37\u0C4D\u0C15\u0C4D\u0C30\u0C2E\u0C3F\u0C02\u0C1A\u0C02\u0C21\u0C3F"},captions:{enable:"\u0C36\u0C40\u0C30\u0C4D\u0C37\u0C3F\u0C15\u0C32\u0C41",disable:"\u0C36\u0C40\u0C30\u0C4D\u0C37\u0C3F\u0C15\u0C32\u0C41 \u0C06\u0C2B\u0C4D \u0C1A\u0C47\u0C2F\u0C02\u0C21\u0C3F"},pip:{enter:"\u0C2A\u0C3F\u0C15\u0C4D\u0C1A\u0C30\u0C4D-\u0C07\u0C28\u0C4D-\u0C2A\u0C3F\u0C15\u0C4D\u0C1A\u0C30\u0C4D",exit:"\u0C2A\u0C3F\u0C15\u0C4D\u0C1A\u0C30\u0C4D-\u0C07\u0C28\u0C4D-\u0C2A\u0C3F\u0C15\u0C4D\u0C1A\u0C30\u0C4D \u0C28\u0C41\u0C02\u0C21\u0C3F \u0C28\u0C3F\u0C37\u0C4D\u0C15\u0C4D\u0C30\u0C2E\u0C3F\u0C02\u0C1A\u0C02\u0C21\u0C3F"},live:{playing:"\u0C32\u0C48\u0C35\u0C4D\u200C\u0C32\u0C4B \u0C2A\u0C4D\u0C32\u0C47 \u0C05\u0C35\u0C41\u0C24\u0C4B\u0C02\u0C26\u0C3F",seekToEdge:"\u0C32\u0C48\u0C35\u0C4D\u200C\u0C15\u0C41 \u0C35\u0C46\u0C33\u0C4D\u0C32\u0C02\u0C21\u0C3F",badge:"\u0C32\u0C48\u0C35\u0C4D"},cast:{start:"\u0C15\u0C3E\u0C38\u0C4D\u0C1F\u0C3F\u0C02\u0C17\u0C4D \u0C2A\u0C4D\u0C30\u0C3E\u0C30\u0C02\u0C2D\u0C3F\u0C02\u0C1A\u0C02\u0C21\u0C3F",stop:"\u0C15\u0C3E\u0C38\u0C4D\u0C1F\u0C3F\u0C02\u0C17\u0C4D \u0C06\u0C2A\u0C02\u0C21\u0C3F",connecting:"\u0C15\u0C28\u0C46\u0C15\u0C4D\u0C1F\u0C4D \u0C05\u0C35\u0C41\u0C24\u0C4B\u0C02\u0C26\u0C3F"},airplay:{start:"AirPlay \u0C2A\u0C4D\u0C30\u0C3E\u0C30\u0C02\u0C2D\u0C3F\u0C02\u0C1A\u0C02\u0C21\u0C3F",stop:"AirPlay \u0C06\u0C2A\u0C02\u0C21\u0C3F"},slider:{seek:"\u0C36\u0C4B\u0C27\u0C3F\u0C02\u0C1A\u0C41"},time:{current:"\u0C2A\u0C4D\u0C30\u0C38\u0C4D\u0C24\u0C41\u0C24 \u0C38\u0C2E\u0C2F\u0C02",duration:"\u0C35\u0C4D\u0C2F\u0C35\u0C27\u0C3F",remaining:"\u0C2E\u0C3F\u0C17\u0C3F\u0C32\u0C3F\u0C28 \u0C38\u0C2E\u0C2F\u0C02",elapsedSuffix:"{duration} \u0C17\u0C21\u0C3F\u0C1A\u0C3F\u0C28 \u0C38\u0C2E\u0C2F\u0C02",durationSuffix:"{duration} \u0C28\u0C3F\u0C21\u0C3F\u0C35\u0C3F",remainingSuffix:"{duration} \u0C2E\u0C3F\u0C17\u0C3F\u0C32\u0C3F",showElapsed:"\u0C17\u0C21\u0C3F\u0C1A\u0C3F\u0C28 \u0C38\u0C2E\u0C2F\u0C02 \u0C1A\u0C42\u0C2A\u0C41, {duration}.",showDuration:"\u0C35\u0C4D\u0C2F\u0C35\u0C27\u0C3F \u0C1A\u0C42\u0C2A\u0C41, {duration}.",showRemaining:"\u0C2E\u0C3F\u0C17\u0C3F\u0C32\u0C3F\u0C28 \u0C38\u0C2E\u0C2F\u0C02 \u0C1A\u0C42\u0C2A\u0C41, {duration}.",toggleElapsed:"\u0C17\u0C21\u0C3F\u0C1A\u0C3F\u0C28 \u0C38\u0C2E\u0C2F\u0C02 \u0C2E\u0C30\u0C3F\u0C2F\u0C41 \u0C2E\u0C3F\u0C17\u0C3F\u0C32\u0C3F\u0C28 \u0C38\u0C2E\u0C2F\u0C02 \u0C2E\u0C27\u0C4D\u0C2F \u0C2E\u0C3E\u0C30\u0C4D\u0C1A\u0C02\u0C21\u0C3F.",toggleDuration:"\u0C28\u0C3F\u0C21\u0C3F\u0C35\u0C3F \u0C2E\u0C30\u0C3F\u0C2F\u0C41 \u0C2E\u0C3F\u0C17\u0C3F\u0C32\u0C3F\u0C28 \u0C38\u0C2E\u0C2F\u0C02 \u0C2E\u0C27\u0C4D\u0C2F \u0C2E\u0C3E\u0C30\u0C4D\u0C1A\u0C02\u0C21\u0C3F.",position:"{current} \u0C2F\u0C4A\u0C15\u0C4D\u0C15 {duration}",unknown:"\u0C2E\u0C40\u0C21\u0C3F\u0C2F\u0C3E \u0C32\u0C4B\u0C21\u0C4D \u0C15\u0C3E\u0C32\u0C47\u0C26\u0C41, \u0C38\u0C2E\u0C2F\u0C02 \u0C24\u0C46\u0C32\u0C3F\u0C2F\u0C26\u0C41."},playback:{rate:"\u0C2A\u0C4D\u0C32\u0C47\u0C2C\u0C4D\u0C2F\u0C3E\u0C15\u0C4D \u0C30\u0C47\u0C1F\u0C4D {rate}"},volume:{mutedValue:"{percent}, \u0C2E\u0C4D\u0C2F\u0C42\u0C1F\u0C4D \u0C1A\u0C47\u0C2F\u0C2C\u0C21\u0C3F\u0C02\u0C26\u0C3F",muted:"\u0C2E\u0C4D\u0C2F\u0C42\u0C1F\u0C4D \u0C1A\u0C47\u0C2F\u0C2C\u0C21\u0C3F\u0C02\u0C26\u0C3F",label:"\u0C35\u0C3E\u0C32\u0C4D\u0C2F\u0C42\u0C2E\u0C4D",value:"\u0C35\u0C3E\u0C32\u0C4D\u0C2F\u0C42\u0C2E\u0C4D {value}"},status:{captionsOn:"\u0C36\u0C40\u0C30\u0C4D\u0C37\u0C3F\u0C15\u0C32\u0C41 \u0C06\u0C28\u0C4D",captionsOff:"\u0C36\u0C40\u0C30\u0C4D\u0C37\u0C3F\u0C15\u0C32\u0C41 \u0C06\u0C2B\u0C4D",paused:"\u0C2A\u0C3E\u0C1C\u0C4D \u0C1A\u0C47\u0C2F\u0C2C\u0C21\u0C3F\u0C02\u0C26\u0C3F",playing:"\u0C2A\u0C4D\u0C32\u0C47 \u0C05\u0C35\u0C41\u0C24\u0C4B\u0C02\u0C26\u0C3F",fullscreen:"\u0C2A\u0C42\u0C30\u0C4D\u0C24\u0C3F \u0C38\u0C4D\u0C15\u0C4D\u0C30\u0C40\u0C28\u0C4D",pip:"\u0C2A\u0C3F\u0C15\u0C4D\u0C1A\u0C30\u0C4D \u0C07\u0C28\u0C4D \u0C2A\u0C3F\u0C15\u0C4D\u0C1A\u0C30\u0C4D",exitPip:"\u0C2A\u0C3F\u0C15\u0C4D\u0C1A\u0C30\u0C4D \u0C07\u0C28\u0C4D \u0C2A\u0C3F\u0C15\u0C4D\u0C1A\u0C30\u0C4D \u0C28\u0C41\u0C02\u0C21\u0C3F \u0C28\u0C3F\u0C37\u0C4D\u0C15\u0C4D\u0C30\u0C2E\u0C3F\u0C02\u0C1A\u0C02\u0C21\u0C3F",seekedTo:"{time}\u0C15\u0C3F \u0C24\u0C30\u0C32\u0C3F\u0C02\u0C1A\u0C2C\u0C21\u0C3F\u0C02\u0C26\u0C3F"},container:{label:"\u0C2E\u0C40\u0C21\u0C3F\u0C2F\u0C3E \u0C2A\u0C4D\u0C32\u0C47\u0C2F\u0C30\u0C4D"},errors:{aborted:"\u0C2E\u0C40\u0C30\u0C41 \u0C2E\u0C40\u0C21\u0C3F\u0C2F\u0C3E \u0C2A\u0C4D\u0C32\u0C47\u0C2C\u0C4D\u0C2F\u0C3E\u0C15\u0C4D\u200C\u0C28\u0C41 \u0C30\u0C26\u0C4D\u0C26\u0C41 \u0C1A\u0C47\u0C36\u0C3E\u0C30\u0C41",network:"\u0C28\u0C46\u0C1F\u0C4D\u200C\u0C35\u0C30\u0C4D\u0C15\u0C4D \u0C32\u0C4B\u0C2A\u0C02 \u0C35\u0C32\u0C28 \u0C2E\u0C40\u0C21\u0C3F\u0C2F\u0C3E \u0C21\u0C4C\u0C28\u0C4D\u200C\u0C32\u0C4B\u0C21\u0C4D \u0C35\u0C3F\u0C2B\u0C32\u0C2E\u0C48\u0C02\u0C26\u0C3F.",decode:"\u0C05\u0C35\u0C3F\u0C28\u0C40\u0C24\u0C3F \u0C38\u0C2E\u0C38\u0C4D\u0C2F \u0C15\u0C3E\u0C30\u0C23\u0C02\u0C17\u0C3E \u0C32\u0C47\u0C26\u0C3E \u0C2E\u0C40 \u0C2C\u0C4D\u0C30\u0C4C\u0C1C\u0C30\u0C4D \u0C2E\u0C26\u0C4D\u0C26\u0C24\u0C41 \u0C07\u0C35\u0C4D\u0C35\u0C28\u0C3F \u0C32\u0C15\u0C4D\u0C37\u0C23\u0C3E\u0C32\u0C28\u0C41 \u0C2E\u0C40\u0C21\u0C3F\u0C2F\u0C3E \u0C09\u0C2A\u0C2F\u0C4B\u0C17\u0C3F\u0C02\u0C1A\u0C3F\u0C28\u0C02\u0C26\u0C41\u0C28 \u0C2E\u0C40\u0C21\u0C3F\u0C2F\u0C3E \u0C2A\u0C4D\u0C32\u0C47\u0C2C\u0C4D\u0C2F\u0C3E\u0C15\u0C4D \u0C28\u0C3F\u0C32\u0C3F\u0C2A\u0C3F\u0C35\u0C47\u0C2F\u0C2C\u0C21\u0C3F\u0C02\u0C26\u0C3F.",source:"\u0C38\u0C30\u0C4D\u0C35\u0C30\u0C4D \u0C32\u0C47\u0C26\u0C3E \u0C28\u0C46\u0C1F\u0C4D\u200C\u0C35\u0C30\u0C4D\u0C15\u0C4D \u0C35\u0C3F\u0C2B\u0C32\u0C2E\u0C48\u0C28\u0C02\u0C26\u0C41\u0C28 \u0C32\u0C47\u0C26\u0C3E \u0C2B\u0C3E\u0C30\u0C4D\u0C2E\u0C3E\u0C1F\u0C4D\u200C\u0C15\u0C41 \u0C2E\u0C26\u0C4D\u0C26\u0C24\u0C41 \u0C32\u0C47\u0C28\u0C02\u0C26\u0C41\u0C28 \u0C2E\u0C40\u0C21\u0C3F\u0C2F\u0C3E\u0C28\u0C41 \u0C32\u0C4B\u0C21\u0C4D \u0C1A\u0C47\u0C2F\u0C21\u0C02 \u0C38\u0C3E\u0C27\u0C4D\u0C2F\u0C02 \u0C15\u0C3E\u0C32\u0C47\u0C26\u0C41.",encrypted:"\u0C2E\u0C40\u0C21\u0C3F\u0C2F\u0C3E \u0C17\u0C41\u0C2A\u0C4D\u0C24\u0C40\u0C15\u0C30\u0C3F\u0C02\u0C1A\u0C2C\u0C21\u0C3F\u0C02\u0C26\u0C3F \u0C2E\u0C30\u0C3F\u0C2F\u0C41 \u0C26\u0C3E\u0C28\u0C3F\u0C28\u0C3F \u0C21\u0C40\u0C15\u0C4D\u0C30\u0C3F\u0C2A\u0C4D\u0C1F\u0C4D \u0C1A\u0C47\u0C2F\u0C21\u0C3E\u0C28\u0C3F\u0C15\u0C3F \u0C2E\u0C3E\u0C15\u0C41 \u0C15\u0C40\u0C32\u0C41 \u0C32\u0C47\u0C35\u0C41.",unplayable:"\u0C08 \u0C2E\u0C40\u0C21\u0C3F\u0C2F\u0C3E\u0C15\u0C41 \u0C2A\u0C4D\u0C32\u0C47\u0C2F\u0C30\u0C4D \u0C2E\u0C26\u0C4D\u0C26\u0C24\u0C41 \u0C07\u0C35\u0C4D\u0C35\u0C26\u0C41.",title:"\u0C0F\u0C26\u0C4B \u0C24\u0C2A\u0C4D\u0C2A\u0C41 \u0C1C\u0C30\u0C3F\u0C17\u0C3F\u0C02\u0C26\u0C3F.",unexpected:"\u0C12\u0C15 \u0C32\u0C4B\u0C2A\u0C02 \u0C38\u0C02\u0C2D\u0C35\u0C3F\u0C02\u0C1A\u0C3F\u0C02\u0C26\u0C3F. \u0C26\u0C2F\u0C1A\u0C47\u0C38\u0C3F \u0C2E\u0C33\u0C4D\u0C33\u0C40 \u0C2A\u0C4D\u0C30\u0C2F\u0C24\u0C4D\u0C28\u0C3F\u0C02\u0C1A\u0C02\u0C21\u0C3F."},common:{empty:"",ok:"\u0C2E\u0C42\u0C38\u0C3F\u0C35\u0C47\u0C2F\u0C02\u0C21\u0C3F"},menu:{settings:"\u0C38\u0C46\u0C1F\u0C4D\u0C1F\u0C3F\u0C02\u0C17\u0C4D\u200C\u0C32\u0C41",quality:"\u0C28\u0C3E\u0C23\u0C4D\u0C2F\u0C24",audio:"\u0C06\u0C21\u0C3F\u0C2F\u0C4B",default:"\u0C21\u0C3F\u0C2B\u0C3E\u0C32\u0C4D\u0C1F\u0C4D",speed:"\u0C35\u0C47\u0C17\u0C02",captions:"\u0C36\u0C40\u0C30\u0C4D\u0C37\u0C3F\u0C15\u0C32\u0C41",playbackRate:"\u0C2A\u0C4D\u0C32\u0C47\u0C2C\u0C4D\u0C2F\u0C3E\u0C15\u0C4D \u0C30\u0C47\u0C1F\u0C4D",back:"\u0C35\u0C46\u0C28\u0C41\u0C15\u0C15\u0C41",off:"\u0C06\u0C2B\u0C4D",auto:"\u0C06\u0C1F\u0C4B",autoWithLabel:"\u0C06\u0C1F\u0C4B ({label})",subtitles:"\u0C09\u0C2A\u0C36\u0C40\u0C30\u0C4D\u0C37\u0C3F\u0C15\u0C32\u0C41"}}});var gm={};_(gm,{default:()=>kx});var kx,bm=j(()=>{kx={buttons:{play:"\u0E40\u0E25\u0E48\u0E19",pause:"\u0E2B\u0E22\u0E38\u0E14\u0E0A\u0E31\u0E48\u0E27\u0E04\u0E23\u0E32\u0E27",replay:"\u0E40\u0E25\u0E48\u0E19\u0E0B\u0E49\u0E33",mute:"\u0E1B\u0E34\u0E14\u0E40\u0E2A\u0E35\u0E22\u0E07",unmute:"\u0E22\u0E01\u0E40\u0E25\u0E34\u0E01\u0E01\u0E32\u0E23\u0E1B\u0E34\u0E14\u0E40\u0E2A\u0E35\u0E22\u0E07"},seek:{forward:"\u0E02\u0E49\u0E32\u0E21\u0E44\u0E1B\u0E02\u0E49\u0E32\u0E07\u0E2B\u0E19\u0E49\u0E32 {seconds} \u0E27\u0E34\u0E19\u0E32\u0E17\u0E35",backward:"\u0E02\u0E49\u0E32\u0E21\u0E44\u0E1B\u0E02\u0E49\u0E32\u0E07\u0E2B\u0E25\u0E31\u0E07 {seconds} \u0E27\u0E34\u0E19\u0E32\u0E17\u0E35"},fullscreen:{enter:"\u0E41\u0E1A\u0E1A\u0E40\u0E15\u0E47\u0E21\u0E2B\u0E19\u0E49\u0E32\u0E08\u0E2D",exit:"\u0E2D\u0E2D\u0E01\u0E08\u0E32\u0E01\u0E40\u0E15\u0E47\u0E21\u0E2B\u0E19\u0E49\u0E32\u0E08\u0E2D"},captions:{enable:"\u0E40\u0E1B\u0E34\u0E14\u0E04\u0E33\u0E1A\u0E23\u0E23\u0E22\u0E32\u0E22",disable:"\u0E1B\u0E34\u0E14\u0E04\u0E33\u0E1A\u0E23\u0E23\u0E22\u0E32\u0E22"},pip:{enter:"\u0E01\u0E32\u0E23\u0E40\u0E25\u0E48\u0E19\u0E20\u0E32\u0E1E\u0E04\u0E27\u0E1A\u0E04\u0E39\u0E48",exit:"\u0E2D\u0E2D\u0E01\u0E08\u0E32\u0E01\u0E01\u0E32\u0E23\u0E40\u0E25\u0E48\u0E19\u0E20\u0E32\u0E1E\u0E04\u0E27\u0E1A\u0E04\u0E39\u0E48"},live:{playing:"\u0E01\u0E33\u0E25\u0E31\u0E07\u0E16\u0E48\u0E32\u0E22\u0E17\u0E2D\u0E14\u0E2A\u0E14",seekToEdge:"\u0E44\u0E1B\u0E22\u0E31\u0E07\u0E08\u0E38\u0E14\u0E16\u0E48\u0E32\u0E22\u0E17\u0E2D\u0E14\u0E2A\u0E14",badge:"\u0E16\u0E48\u0E32\u0E22\u0E17\u0E2D\u0E14\u0E2A\u0E14"},cast:{start:"\u0E40\u0E23\u0E34\u0E48\u0E21\u0E41\u0E04\u0E2A\u0E15\u0E4C",stop:"\u0E2B\u0E22\u0E38\u0E14\u0E41\u0E04\u0E2A\u0E15\u0E4C",connecting:"\u0E01\u0E33\u0E25\u0E31\u0E07\u0E40\u0E0A\u0E37\u0E48\u0E2D\u0E21\u0E15\u0E48\u0E2D"},airplay:{start:"\u0E40\u0E23\u0E34\u0E48\u0E21 AirPlay",stop:"\u0E2B\u0E22\u0E38\u0E14 AirPlay"},slider:{seek:"\u0E04\u0E49\u0E19\u0E2B\u0E32"},time:{current:"\u0E40\u0E27\u0E25\u0E32\u0E1B\u0E31\u0E08\u0E08\u0E38\u0E1A\u0E31\u0E19",duration:"\u0E23\u0E30\u0E22\u0E30\u0E40\u0E27\u0E25\u0E32",remaining:"\u0E40\u0E27\u0E25\u0E32\u0E17\u0E35\u0E48\u0E40\u0E2B\u0E25\u0E37\u0E2D",elapsedSuffix:"\u0E40\u0E27\u0E25\u0E32\u0E17\u0E35\u0E48\u0E1C\u0E48\u0E32\u0E19\u0E44\u0E1B {duration}",durationSuffix:"\u0E23\u0E30\u0E22\u0E30\u0E40\u0E27\u0E25\u0E32 {duration}",remainingSuffix:"\u0E40\u0E2B\u0E25\u0E37\u0E2D {duration}",showElapsed:"\u0E41\u0E2A\u0E14\u0E07\u0E40\u0E27\u0E25\u0E32\u0E17\u0E35\u0E48\u0E1C\u0E48\u0E32\u0E19\u0E44\u0E1B, {duration}.",showDuration:"\u0E41\u0E2A\u0E14\u0E07\u0E23\u0E30\u0E22\u0E30\u0E40\u0E27\u0E25\u0E32, {duration}.",showRemaining:"\u0E41\u0E2A\u0E14\u0E07\u0E40\u0E27\u0E25\u0E32\u0E17\u0E35\u0E48\u0E40\u0E2B\u0E25\u0E37\u0E2D, {duration}.",toggleElapsed:"\u0E2A\u0E25\u0E31\u0E1A\u0E23\u0E30\u0E2B\u0E27\u0E48\u0E32\u0E07\u0E40\u0E27\u0E25\u0E32\u0E17\u0E35\u0E48\u0E1C\u0E48\u0E32\u0E19\u0E44\u0E1B\u0E01\u0E31\u0E1A\u0E40\u0E27\u0E25\u0E32\u0E17\u0E35\u0E48\u0E40\u0E2B\u0E25\u0E37\u0E2D",toggleDuration:"\u0E2A\u0E25\u0E31\u0E1A\u0E23\u0E30\u0E2B\u0E27\u0E48\u0E32\u0E07\u0E23\u0E30\u0E22\u0E30\u0E40\u0E27\u0E25\u0E32\u0E01\u0E31\u0E1A\u0E40\u0E27\u0E25\u0E32\u0E17\u0E35\u0E48\u0E40\u0E2B\u0E25\u0E37\u0E2D",position:"{current} \u0E02\u0E2D\u0E07 {duration}",unknown:"\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49\u0E42\u0E2B\u0E25\u0E14\u0E2A\u0E37\u0E48\u0E2D \u0E44\u0E21\u0E48\u0E17\u0E23\u0E32\u0E1A\u0E40\u0E27\u0E25\u0E32"},playback:{rate:"\u0E2D\u0E31\u0E15\u0E23\u0E32\u0E01\u0E32\u0E23\u0E40\u0E25\u0E48\u0E19 {rate}"},volume:{mutedValue:"{percent}, \u0E1B\u0E34\u0E14\u0E40\u0E2A\u0E35\u0E22\u0E07",muted:"\u0E1B\u0E34\u0E14\u0E40\u0E2A\u0E35\u0E22\u0E07\u0E41\u0E25\u0E49\u0E27",label:"\u0E23\u0E30\u0E14\u0E31\u0E1A\u0E40\u0E2A\u0E35\u0E22\u0E07",value:"\u0E23\u0E30\u0E14\u0E31\u0E1A\u0E40\u0E2A\u0E35\u0E22\u0E07 {value}"},status:{captionsOn:"\u0E40\u0E1B\u0E34\u0E14\u0E04\u0E33\u0E2D\u0E18\u0E34\u0E1A\u0E32\u0E22\u0E20\u0E32\u0E1E",captionsOff:"\u0E1B\u0E34\u0E14\u0E04\u0E33\u0E2D\u0E18\u0E34\u0E1A\u0E32\u0E22\u0E20\u0E32\u0E1E",paused:"\u0E2B\u0E22\u0E38\u0E14\u0E0A\u0E31\u0E48\u0E27\u0E04\u0E23\u0E32\u0E27",playing:"\u0E01\u0E33\u0E25\u0E31\u0E07\u0E40\u0E25\u0E48\u0E19",fullscreen:"\u0E40\u0E15\u0E47\u0E21\u0E2B\u0E19\u0E49\u0E32\u0E08\u0E2D",pip:"\u0E20\u0E32\u0E1E\u0E0B\u0E49\u0E2D\u0E19\u0E20\u0E32\u0E1E",exitPip:"\u0E2D\u0E2D\u0E01\u0E08\u0E32\u0E01\u0E20\u0E32\u0E1E\u0E0B\u0E49\u0E2D\u0E19\u0E20\u0E32\u0E1E",seekedTo:"\u0E40\u0E25\u0E37\u0E48\u0E2D\u0E19\u0E44\u0E1B\u0E17\u0E35\u0E48 {time}"},container:{label:"\u0E40\u0E04\u0E23\u0E37\u0E48\u0E2D\u0E07\u0E40\u0E25\u0E48\u0E19\u0E2A\u0E37\u0E48\u0E2D"},errors:{aborted:"\u0E04\u0E38\u0E13\u0E22\u0E01\u0E40\u0E25\u0E34\u0E01\u0E01\u0E32\u0E23\u0E40\u0E25\u0E48\u0E19\u0E2A\u0E37\u0E48\u0E2D\u0E41\u0E25\u0E49\u0E27",network:"\u0E02\u0E49\u0E2D\u0E1C\u0E34\u0E14\u0E1E\u0E25\u0E32\u0E14\u0E02\u0E2D\u0E07\u0E40\u0E04\u0E23\u0E37\u0E2D\u0E02\u0E48\u0E32\u0E22\u0E17\u0E33\u0E43\u0E2B\u0E49\u0E01\u0E32\u0E23\u0E14\u0E32\u0E27\u0E19\u0E4C\u0E42\u0E2B\u0E25\u0E14\u0E2A\u0E37\u0E48\u0E2D\u0E44\u0E21\u0E48\u0E2A\u0E33\u0E40\u0E23\u0E47\u0E08\u0E40\u0E1B\u0E47\u0E19\u0E1A\u0E32\u0E07\u0E2A\u0E48\u0E27\u0E19",decode:"\u0E01\u0E32\u0E23\u0E40\u0E25\u0E48\u0E19\u0E2A\u0E37\u0E48\u0E2D\u0E16\u0E39\u0E01\u0E22\u0E01\u0E40\u0E25\u0E34\u0E01\u0E40\u0E19\u0E37\u0E48\u0E2D\u0E07\u0E08\u0E32\u0E01\u0E1B\u0E31\u0E0D\u0E2B\u0E32\u0E40\u0E01\u0E35\u0E48\u0E22\u0E27\u0E01\u0E31\u0E1A\u0E04\u0E27\u0E32\u0E21\u0E40\u0E2A\u0E35\u0E22\u0E2B\u0E32\u0E22 \u0E2B\u0E23\u0E37\u0E2D\u0E40\u0E19\u0E37\u0E48\u0E2D\u0E07\u0E08\u0E32\u0E01\u0E2A\u0E37\u0E48\u0E2D\u0E43\u0E0A\u0E49\u0E1F\u0E35\u0E40\u0E08\u0E2D\u0E23\u0E4C\u0E17\u0E35\u0E48\u0E40\u0E1A\u0E23\u0E32\u0E27\u0E4C\u0E40\u0E0B\u0E2D\u0E23\u0E4C\u0E02\u0E2D\u0E07\u0E04\u0E38\u0E13\u0E44\u0E21\u0E48\u0E23\u0E2D\u0E07\u0E23\u0E31\u0E1A",source:"\u0E44\u0E21\u0E48\u0E2A\u0E32\u0E21\u0E32\u0E23\u0E16\u0E42\u0E2B\u0E25\u0E14\u0E2A\u0E37\u0E48\u0E2D\u0E44\u0E14\u0E49 \u0E42\u0E14\u0E22\u0E2D\u0E32\u0E08\u0E40\u0E1B\u0E47\u0E19\u0E40\u0E1E\u0E23\u0E32\u0E30\u0E40\u0E0B\u0E34\u0E23\u0E4C\u0E1F\u0E40\u0E27\u0E2D\u0E23\u0E4C\u0E2B\u0E23\u0E37\u0E2D\u0E40\u0E04\u0E23\u0E37\u0E2D\u0E02\u0E48\u0E32\u0E22\u0E25\u0E49\u0E21\u0E40\u0E2B\u0E25\u0E27 \u0E2B\u0E23\u0E37\u0E2D\u0E40\u0E1E\u0E23\u0E32\u0E30\u0E23\u0E39\u0E1B\u0E41\u0E1A\u0E1A\u0E44\u0E21\u0E48\u0E44\u0E14\u0E49\u0E23\u0E31\u0E1A\u0E01\u0E32\u0E23\u0E23\u0E2D\u0E07\u0E23\u0E31\u0E1A",encrypted:"\u0E2A\u0E37\u0E48\u0E2D\u0E16\u0E39\u0E01\u0E40\u0E02\u0E49\u0E32\u0E23\u0E2B\u0E31\u0E2A\u0E25\u0E31\u0E1A\u0E41\u0E25\u0E49\u0E27 \u0E41\u0E25\u0E30\u0E40\u0E23\u0E32\u0E44\u0E21\u0E48\u0E21\u0E35\u0E04\u0E35\u0E22\u0E4C\u0E17\u0E35\u0E48\u0E08\u0E30\u0E16\u0E2D\u0E14\u0E23\u0E2B\u0E31\u0E2A\u0E25\u0E31\u0E1A\u0E14\u0E31\u0E07\u0E01\u0E25\u0E48\u0E32\u0E27",unplayable:"\u0E40\u0E04\u0E23\u0E37\u0E48\u0E2D\u0E07\u0E40\u0E25\u0E48\u0E19\u0E2A\u0E37\u0E48\u0E2D\u0E44\u0E21\u0E48\u0E23\u0E2D\u0E07\u0E23\u0E31\u0E1A\u0E2A\u0E37\u0E48\u0E2D\u0E19\u0E35\u0E49",title:"\u0E40\u0E01\u0E34\u0E14\u0E02\u0E49\u0E2D\u0E1C\u0E34\u0E14\u0E1E\u0E25\u0E32\u0E14",unexpected:"\u0E40\u0E01\u0E34\u0E14\u0E02\u0E49\u0E2D\u0E1C\u0E34\u0E14\u0E1E\u0E25\u0E32\u0E14 \u0E01\u0E23\u0E38\u0E13\u0E32\u0E25\u0E2D\u0E07\u0E2D\u0E35\u0E01\u0E04\u0E23\u0E31\u0E49\u0E07"},common:{empty:"",ok:"\u0E1B\u0E34\u0E14"},menu:{settings:"\u0E01\u0E32\u0E23\u0E15\u0E31\u0E49\u0E07\u0E04\u0E48\u0E32",quality:"\u0E04\u0E38\u0E13\u0E20\u0E32\u0E1E",audio:"\u0E40\u0E2A\u0E35\u0E22\u0E07",default:"\u0E04\u0E48\u0E32\u0E40\u0E23\u0E34\u0E48\u0E21\u0E15\u0E49\u0E19",speed:"\u0E04\u0E27\u0E32\u0E21\u0E40\u0E23\u0E47\u0E27",captions:"\u0E04\u0E33\u0E1A\u0E23\u0E23\u0E22\u0E32\u0E22",playbackRate:"\u0E2D\u0E31\u0E15\u0E23\u0E32\u0E01\u0E32\u0E23\u0E40\u0E25\u0E48\u0E19",back:"\u0E01\u0E25\u0E31\u0E1A",off:"\u0E1B\u0E34\u0E14",auto:"\u0E2D\u0E31\u0E15\u0E42\u0E19\u0E21\u0E31\u0E15\u0E34",autoWithLabel:"\u0E2D\u0E31\u0E15\u0E42\u0E19\u0E21\u0E31\u0E15\u0E34 ({label})",subtitles:"\u0E04\u0E33\u0E1A\u0E23\u0E23\u0E22\u0E32\u0E22"}}});var vm={};_(vm,{default:()=>xx});var xx,ym=j(()=>{xx={buttons:{play:"Oynat",pause:"Duraklat",replay:"Yeniden Oynat",mute:"Sessiz",unmute:"Sesi A\xE7"},seek:{forward:"{seconds} saniye ileri sar",backward:"{seconds} saniye geri sar"},fullscreen:{enter:"Tam Ekran",exit:"Tam ekrandan \xE7\u0131k"},captions:{enable:"Altyaz\u0131lar\u0131 a\xE7",disable:"Altyaz\u0131lar\u0131 kapat"},pip:{enter:"Mini oynat\u0131c\u0131",exit:"Mini oynat\u0131c\u0131dan \xE7\u0131k"},live:{playing:"Canl\u0131 oynat\u0131l\u0131yor",seekToEdge:"Canl\u0131ya git",badge:"Canl\u0131"},cast:{start:"Yans\u0131tmay\u0131 ba\u015Flat",stop:"Yans\u0131tmay\u0131 durdur",connecting:"Ba\u011Flan\u0131yor"},airplay:{start:"AirPlay'i ba\u015Flat",stop:"AirPlay'i durdur"},slider:{seek:"Ara"},time:{current:"S\xFCre",duration:"Toplam S\xFCre",remaining:"Kalan S\xFCre",elapsedSuffix:"{duration} ge\xE7en s\xFCre",durationSuffix:"{duration} toplam s\xFCre",remainingSuffix:"{duration} kald\u0131",showElapsed:"Ge\xE7en s\xFCreyi g\xF6ster, {duration}.",showDuration:"S\xFCreyi g\xF6ster, {duration}.",showRemaining:"Kalan s\xFCreyi g\xF6ster, {duration}.",toggleElapsed:"Ge\xE7en s\xFCre ile kalan s\xFCre aras\u0131nda ge\xE7i\u015F yap\u0131n.",toggleDuration:"Toplam s\xFCre ile kalan s\xFCre aras\u0131nda ge\xE7i\u015F yap\u0131n.",position:"{current} / {duration}",unknown:"Medya y\xFCklenmedi, s\xFCre bilinmiyor."},playback:{rate:"Oynatma H\u0131z\u0131 {rate}"},volume:{mutedValue:"{percent}, sessiz",muted:"Sessiz",label:"Ses",value:"Ses {value}"},status:{captionsOn:"Altyaz\u0131lar a\xE7\u0131k",captionsOff:"Altyaz\u0131lar kapal\u0131",paused:"Duraklat\u0131ld\u0131",playing:"Oynat\u0131l\u0131yor",fullscreen:"Tam ekran",pip:"Resim i\xE7inde resim",exitPip:"Resim i\xE7inde resimden \xE7\u0131k",seekedTo:"{time} konumuna gidildi"},container:{label:"Medya oynat\u0131c\u0131"},errors:{aborted:"Medyay\u0131 oynatmay\u0131 iptal ettiniz",network:"Medya indirme i\u015Fleminin k\u0131smen ba\u015Far\u0131s\u0131z olmas\u0131na neden olan bir a\u011F sorunu olu\u015Ftu.",decode:"Medya oynatma, bir bozulma sorunu nedeniyle veya medya, taray\u0131c\u0131n\u0131z\u0131n desteklemedi\u011Fi \xF6zellikleri kulland\u0131\u011F\u0131 i\xE7in durduruldu.",source:"Sunucu veya a\u011F hatas\u0131ndan ya da bi\xE7im desteklenmedi\u011Finden medya y\xFCklenemedi.",encrypted:"Medya, \u015Fifrelenmi\u015F bir kaynaktan geliyor ve oynatmak i\xE7in gerekli anahtar bulunamad\u0131.",unplayable:"Bu medya oynat\u0131c\u0131 taraf\u0131ndan desteklenmiyor.",title:"Bir \u015Feyler ters gitti.",unexpected:"Bir hata olu\u015Ftu. L\xFCtfen tekrar deneyin."},common:{empty:"",ok:"Kapat"},menu:{settings:"Ayarlar",quality:"Kalite",audio:"Ses",default:"Varsay\u0131lan",speed:"H\u0131z",captions:"Altyaz\u0131lar",playbackRate:"Oynatma h\u0131z\u0131",back:"Geri",off:"Kapal\u0131",auto:"Otomatik",autoWithLabel:"Otomatik ({label})",subtitles:"Altyaz\u0131lar"}}});var km={};_(km,{default:()=>Tx});var Tx,xm=j(()=>{Tx={buttons:{play:"\u0412\u0456\u0434\u0442\u0432\u043E\u0440\u0438\u0442\u0438",pause:"\u041F\u0440\u0438\u0437\u0443\u043F\u0438\u043D\u0438\u0442\u0438",replay:"\u0412\u0456\u0434\u0442\u0432\u043E\u0440\u0438\u0442\u0438 \u0437\u043D\u043E\u0432\u0443",mute:"\u0411\u0435\u0437 \u0437\u0432\u0443\u043A\u0443",unmute:"\u0417\u0456 \u0437\u0432\u0443\u043A\u043E\u043C"},seek:{forward:"\u041F\u0435\u0440\u0435\u043C\u043E\u0442\u0430\u0442\u0438 \u0432\u043F\u0435\u0440\u0435\u0434 \u043D\u0430 {seconds} \u0441",backward:"\u041F\u0435\u0440\u0435\u043C\u043E\u0442\u0430\u0442\u0438 \u043D\u0430\u0437\u0430\u0434 \u043D\u0430 {seconds} \u0441"},fullscreen:{enter:"\u041F\u043E\u0432\u043D\u043E\u0435\u043A\u0440\u0430\u043D\u043D\u0438\u0439 \u0440\u0435\u0436\u0438\u043C",exit:"\u0412\u0438\u0439\u0442\u0438 \u0437 \u043F\u043E\u0432\u043D\u043E\u0435\u043A\u0440\u0430\u043D\u043D\u043E\u0433\u043E \u0440\u0435\u0436\u0438\u043C\u0443"},captions:{enable:"\u0423\u0432\u0456\u043C\u043A\u043D\u0443\u0442\u0438 \u0441\u0443\u0431\u0442\u0438\u0442\u0440\u0438",disable:"\u0412\u0438\u043C\u043A\u043D\u0443\u0442\u0438 \u0441\u0443\u0431\u0442\u0438\u0442\u0440\u0438"},pip:{enter:"\u0417\u043E\u0431\u0440\u0430\u0436\u0435\u043D\u043D\u044F \u0432 \u0437\u043E\u0431\u0440\u0430\u0436\u0435\u043D\u043D\u0456",exit:"\u0412\u0438\u0439\u0442\u0438 \u0456\u0437 \u0440\u0435\u0436\u0438\u043C\u0443 \u0437\u043E\u0431\u0440\u0430\u0436\u0435\u043D\u043D\u044F \u0432 \u0437\u043E\u0431\u0440\u0430\u0436\u0435\u043D\u043D\u0456"},live:{playing:"\u041F\u0440\u044F\u043C\u0438\u0439 \u0435\u0444\u0456\u0440",seekToEdge:"\u041F\u0435\u0440\u0435\u0439\u0442\u0438 \u0434\u043E \u043F\u0440\u044F\u043C\u043E\u0433\u043E \u0435\u0444\u0456\u0440\u0443",badge:"\u041D\u0430 \u0436\u0438\u0432\u043E"},cast:{start:"\u041F\u043E\u0447\u0430\u0442\u0438 \u0442\u0440\u0430\u043D\u0441\u043B\u044F\u0446\u0456\u044E",stop:"\u0417\u0443\u043F\u0438\u043D\u0438\u0442\u0438 \u0442\u0440\u0430\u043D\u0441\u043B\u044F\u0446\u0456\u044E",connecting:"\u041F\u0456\u0434\u043A\u043B\u044E\u0447\u0435\u043D\u043D\u044F"},airplay:{start:"\u0417\u0430\u043F\u0443\u0441\u0442\u0438\u0442\u0438 AirPlay",stop:"\u0417\u0443\u043F\u0438\u043D\u0438\u0442\u0438 AirPlay"},slider:{seek:"\u041F\u0435\u0440\u0435\u043C\u043E\u0442\u043A\u0430"},time:{current:"\u041F\u043E\u0442\u043E\u0447\u043D\u0438\u0439 \u0447\u0430\u0441",duration:"\u0422\u0440\u0438\u0432\u0430\u043B\u0456\u0441\u0442\u044C",remaining:"\u0427\u0430\u0441, \u0449\u043E \u0437\u0430\u043B\u0438\u0448\u0438\u0432\u0441\u044F",elapsedSuffix:"{duration} \u043C\u0438\u043D\u0443\u043B\u043E\u0433\u043E \u0447\u0430\u0441\u0443",durationSuffix:"{duration} \u0442\u0440\u0438\u0432\u0430\u043B\u0456\u0441\u0442\u044C",remainingSuffix:"\u0417\u0430\u043B\u0438\u0448\u0438\u043B\u043E\u0441\u044C {duration}",showElapsed:"\u041F\u043E\u043A\u0430\u0437\u0430\u0442\u0438 \u043C\u0438\u043D\u0443\u043B\u0438\u0439 \u0447\u0430\u0441, {duration}.",showDuration:"\u041F\u043E\u043A\u0430\u0437\u0430\u0442\u0438 \u0442\u0440\u0438\u0432\u0430\u043B\u0456\u0441\u0442\u044C, {duration}.",showRemaining:"\u041F\u043E\u043A\u0430\u0437\u0430\u0442\u0438 \u0447\u0430\u0441, \u0449\u043E \u0437\u0430\u043B\u0438\u0448\u0438\u0432\u0441\u044F, {duration}.",toggleElapsed:"\u041F\u0435\u0440\u0435\u043C\u0438\u043A\u0430\u043D\u043D\u044F \u043C\u0456\u0436 \u043C\u0438\u043D\u0443\u043B\u0438\u043C \u0447\u0430\u0441\u043E\u043C \u0456 \u0447\u0430\u0441\u043E\u043C, \u0449\u043E \u0437\u0430\u043B\u0438\u0448\u0438\u0432\u0441\u044F.",toggleDuration:"\u041F\u0435\u0440\u0435\u043C\u0438\u043A\u0430\u043D\u043D\u044F \u043C\u0456\u0436 \u0442\u0440\u0438\u0432\u0430\u043B\u0456\u0441\u0442\u044E \u0456 \u0447\u0430\u0441\u043E\u043C, \u0449\u043E \u0437\u0430\u043B\u0438\u0448\u0438\u0432\u0441\u044F.",position:"{current} \u0437 {duration}",unknown:"\u041C\u0435\u0434\u0456\u0430\u0444\u0430\u0439\u043B \u043D\u0435 \u0437\u0430\u0432\u0430\u043D\u0442\u0430\u0436\u0435\u043D\u043E, \u0447\u0430\u0441 \u043D\u0435\u0432\u0456\u0434\u043E\u043C\u0438\u0439."},playback:{rate:"\u0428\u0432\u0438\u0434\u043A\u0456\u0441\u0442\u044C \u0432\u0456\u0434\u0442\u0432\u043E\u0440\u0435\u043D\u043D\u044F {rate}"},volume:{mutedValue:"{percent}, \u0432\u0438\u043C\u043A\u043D\u0435\u043D\u043E",muted:"\u0412\u0438\u043C\u043A\u043D\u0435\u043D\u043E",label:"\u0413\u0443\u0447\u043D\u0456\u0441\u0442\u044C",value:"\u0413\u0443\u0447\u043D\u0456\u0441\u0442\u044C {value}"},status:{captionsOn:"\u041F\u0456\u0434\u043F\u0438\u0441\u0438 \u0443\u0432\u0456\u043C\u043A\u043D\u0435\u043D\u043E",captionsOff:"\u041F\u0456\u0434\u043F\u0438\u0441\u0438 \u0432\u0438\u043C\u043A\u043D\u0435\u043D\u043E",paused:"\u041D\u0430 \u043F\u0430\u0443\u0437\u0456",playing:"\u0412\u0456\u0434\u0442\u0432\u043E\u0440\u0435\u043D\u043D\u044F",fullscreen:"\u041F\u043E\u0432\u043D\u043E\u0435\u043A\u0440\u0430\u043D\u043D\u0438\u0439 \u0440\u0435\u0436\u0438\u043C",pip:"\u0417\u043E\u0431\u0440\u0430\u0436\u0435\u043D\u043D\u044F \u0432 \u0437\u043E\u0431\u0440\u0430\u0436\u0435\u043D\u043D\u0456",exitPip:"\u0412\u0438\u0439\u0442\u0438 \u0456\u0437 \u0440\u0435\u0436\u0438\u043C\u0443 \u0437\u043E\u0431\u0440\u0430\u0436\u0435\u043D\u043D\u044F \u0432 \u0437\u043E\u0431\u0440\u0430\u0436\u0435\u043D\u043D\u0456",seekedTo:"\u041F\u0435\u0440\u0435\u0445\u0456\u0434 \u0434\u043E \u043F\u043E\u0437\u043D\u0430\u0447\u043A\u0438 {time}"},container:{label:"\u041C\u0435\u0434\u0456\u0430\u043F\u0440\u043E\u0433\u0440\u0430\u0432\u0430\u0447"},errors:{aborted:"\u0412\u0438 \u043F\u0440\u0438\u043F\u0438\u043D\u0438\u043B\u0438 \u0432\u0456\u0434\u0442\u0432\u043E\u0440\u0435\u043D\u043D\u044F \u0432\u0456\u0434\u0435\u043E",network:"\u041F\u043E\u043C\u0438\u043B\u043A\u0430 \u043C\u0435\u0440\u0435\u0436\u0456 \u0432\u0438\u043A\u043B\u0438\u043A\u0430\u043B\u0430 \u0437\u0431\u0456\u0439 \u043F\u0456\u0434 \u0447\u0430\u0441 \u0437\u0430\u0432\u0430\u043D\u0442\u0430\u0436\u0435\u043D\u043D\u044F \u0432\u0456\u0434\u0435\u043E.",decode:"\u0412\u0456\u0434\u0442\u0432\u043E\u0440\u0435\u043D\u043D\u044F \u0432\u0456\u0434\u0435\u043E \u0431\u0443\u043B\u043E \u043F\u0440\u0438\u043F\u0438\u043D\u0435\u043D\u043E \u0447\u0435\u0440\u0435\u0437 \u043F\u043E\u0448\u043A\u043E\u0434\u0436\u0435\u043D\u043D\u044F \u0430\u0431\u043E \u0443 \u0437\u0432'\u044F\u0437\u043A\u0443 \u0437 \u0442\u0438\u043C, \u0449\u043E \u0432\u0456\u0434\u0435\u043E \u0432\u0438\u043A\u043E\u0440\u0438\u0441\u0442\u043E\u0432\u0443\u0454 \u0444\u0443\u043D\u043A\u0446\u0456\u0457, \u044F\u043A\u0456 \u043D\u0435 \u043F\u0456\u0434\u0442\u0440\u0438\u043C\u0443\u044E\u0442\u044C\u0441\u044F \u0432\u0430\u0448\u0438\u043C \u0431\u0440\u0430\u0443\u0437\u0435\u0440\u043E\u043C.",source:"\u041D\u0435\u043C\u043E\u0436\u043B\u0438\u0432\u043E \u0437\u0430\u0432\u0430\u043D\u0442\u0430\u0436\u0438\u0442\u0438 \u0432\u0456\u0434\u0435\u043E \u0447\u0435\u0440\u0435\u0437 \u043C\u0435\u0440\u0435\u0436\u0435\u0432\u0438\u0439 \u0447\u0438 \u0441\u0435\u0440\u0432\u0435\u0440\u043D\u0438\u0439 \u0437\u0431\u0456\u0439 \u0430\u0431\u043E \u0444\u043E\u0440\u043C\u0430\u0442 \u043D\u0435 \u043F\u0456\u0434\u0442\u0440\u0438\u043C\u0443\u0454\u0442\u044C\u0441\u044F.",encrypted:"\u0412\u0456\u0434\u0435\u043E \u0432 \u0437\u0430\u0448\u0438\u0444\u0440\u043E\u0432\u0430\u043D\u043E\u043C\u0443 \u0432\u0438\u0433\u043B\u044F\u0434\u0456, \u0456 \u043C\u0438 \u043D\u0435 \u043C\u0430\u0454\u043C\u043E \u043A\u043B\u044E\u0447\u0456 \u0434\u043B\u044F \u0440\u043E\u0437\u0448\u0438\u0444\u0440\u043E\u0432\u043A\u0438.",unplayable:"\u0426\u0435\u0439 \u043C\u0435\u0434\u0456\u0430\u0444\u0430\u0439\u043B \u043D\u0435 \u043F\u0456\u0434\u0442\u0440\u0438\u043C\u0443\u0454\u0442\u044C\u0441\u044F \u043F\u0440\u043E\u0433\u0440\u0430\u0432\u0430\u0447\u0435\u043C.",title:"\u0429\u043E\u0441\u044C \u043F\u0456\u0448\u043B\u043E \u043D\u0435 \u0442\u0430\u043A.",unexpected:"\u0421\u0442\u0430\u043B\u0430\u0441\u044F \u043F\u043E\u043C\u0438\u043B\u043A\u0430. \u0411\u0443\u0434\u044C \u043B\u0430\u0441\u043A\u0430, \u0441\u043F\u0440\u043E\u0431\u0443\u0439\u0442\u0435 \u0449\u0435 \u0440\u0430\u0437."},common:{empty:"",ok:"\u0417\u0430\u043A\u0440\u0438\u0442\u0438"},menu:{settings:"\u041D\u0430\u043B\u0430\u0448\u0442\u0443\u0432\u0430\u043D\u043D\u044F",quality:"\u042F\u043A\u0456\u0441\u0442\u044C",audio:"\u0410\u0443\u0434\u0456\u043E",default:"\u0417\u0430 \u0437\u0430\u043C\u043E\u0432\u0447\u0443\u0432\u0430\u043D\u043D\u044F\u043C",speed:"\u0428\u0432\u0438\u0434\u043A\u0456\u0441\u0442\u044C",captions:"\u0421\u0443\u0431\u0442\u0438\u0442\u0440\u0438",playbackRate:"\u0428\u0432\u0438\u0434\u043A\u0456\u0441\u0442\u044C \u0432\u0456\u0434\u0442\u0432\u043E\u0440\u0435\u043D\u043D\u044F",back:"\u041D\u0430\u0437\u0430\u0434",off:"\u0412\u0438\u043C\u043A\u043D\u0435\u043D\u043E",auto:"\u0410\u0432\u0442\u043E",autoWithLabel:"\u0410\u0432\u0442\u043E ({label})",subtitles:"\u0421\u0443\u0431\u0442\u0438\u0442\u0440\u0438"}}});var Tm={};_(Tm,{default:()=>wx});var wx,wm=j(()=>{wx={buttons:{play:"Ph\xE1t",pause:"T\u1EA1m d\u1EEBng",replay:"Ph\xE1t l\u1EA1i",mute:"T\u1EAFt ti\u1EBFng",unmute:"B\u1EADt \xE2m thanh"},seek:{forward:"Tua t\u1EDBi {seconds} gi\xE2y",backward:"Tua l\u1EA1i {seconds} gi\xE2y"},fullscreen:{enter:"To\xE0n m\xE0n h\xECnh",exit:"Tho\xE1t to\xE0n m\xE0n h\xECnh"},captions:{enable:"B\u1EADt ph\u1EE5 \u0111\u1EC1",disable:"T\u1EAFt ch\xFA th\xEDch"},pip:{enter:"M\xE0n h\xECnh trong m\xE0n h\xECnh",exit:"Tho\xE1t m\xE0n h\xECnh trong m\xE0n h\xECnh"},live:{playing:"\u0110ang ph\xE1t tr\u1EF1c ti\u1EBFp",seekToEdge:"Tua t\u1EDBi tr\u1EF1c ti\u1EBFp",badge:"Tr\u1EF1c ti\u1EBFp"},cast:{start:"B\u1EAFt \u0111\u1EA7u truy\u1EC1n ph\xE1t",stop:"D\u1EEBng truy\u1EC1n ph\xE1t",connecting:"\u0110ang k\u1EBFt n\u1ED1i"},airplay:{start:"B\u1EAFt \u0111\u1EA7u AirPlay",stop:"D\u1EEBng AirPlay"},slider:{seek:"Tua"},time:{current:"Th\u1EDDi gian hi\u1EC7n t\u1EA1i",duration:"\u0110\u1ED9 d\xE0i",remaining:"Th\u1EDDi gian c\xF2n l\u1EA1i",elapsedSuffix:"{duration} th\u1EDDi gian \u0111\xE3 ph\xE1t",durationSuffix:"{duration} th\u1EDDi l\u01B0\u1EE3ng",remainingSuffix:"C\xF2n {duration}",showElapsed:"Hi\u1EC3n th\u1ECB th\u1EDDi gian \u0111\xE3 ph\xE1t, {duration}.",showDuration:"Hi\u1EC3n th\u1ECB th\u1EDDi l\u01B0\u1EE3ng, {duration}.",showRemaining:"Hi\u1EC3n th\u1ECB th\u1EDDi gian c\xF2n l\u1EA1i, {duration}.",toggleElapsed:"Chuy\u1EC3n \u0111\u1ED5i gi\u1EEFa th\u1EDDi gian \u0111\xE3 ph\xE1t v\xE0 th\u1EDDi gian c\xF2n l\u1EA1i.",toggleDuration:"Chuy\u1EC3n \u0111\u1ED5i gi\u1EEFa th\u1EDDi l\u01B0\u1EE3ng v\xE0 th\u1EDDi gian c\xF2n l\u1EA1i.",position:"{current} c\u1EE7a {duration}",unknown:"Ph\u01B0\u01A1ng ti\u1EC7n kh\xF4ng t\u1EA3i \u0111\u01B0\u1EE3c, th\u1EDDi gian kh\xF4ng x\xE1c \u0111\u1ECBnh."},playback:{rate:"T\u1EC9 l\u1EC7 ph\xE1t l\u1EA1i {rate}"},volume:{mutedValue:"{percent}, \u0111\xE3 t\u1EAFt ti\u1EBFng",muted:"\u0110\xE3 t\u1EAFt ti\u1EBFng",label:"\xC2m l\u01B0\u1EE3ng",value:"\xC2m l\u01B0\u1EE3ng {value}"},status:{captionsOn:"B\u1EADt ch\xFA th\xEDch",captionsOff:"T\u1EAFt ch\xFA th\xEDch",paused:"\u0110\xE3 t\u1EA1m d\u1EEBng",playing:"\u0110ang ph\xE1t",fullscreen:"To\xE0n m\xE0n h\xECnh",pip:"M\xE0n h\xECnh trong m\xE0n h\xECnh",exitPip:"Tho\xE1t m\xE0n h\xECnh trong m\xE0n h\xECnh",seekedTo:"\u0110\xE3 chuy\u1EC3n \u0111\u1EBFn {time}"},container:{label:"Tr\xECnh ph\xE1t \u0111a ph\u01B0\u01A1ng ti\u1EC7n"},errors:{aborted:"B\u1EA1n \u0111\xE3 h\u1EE7y vi\u1EC7c ph\xE1t l\u1EA1i media.",network:"M\u1ED9t l\u1ED7i m\u1EA1ng d\u1EABn \u0111\u1EBFn vi\u1EC7c t\u1EA3i media b\u1ECB l\u1ED7i.",decode:"Ph\xE1t media \u0111\xE3 b\u1ECB h\u1EE7y do m\u1ED9t sai l\u1ED7i ho\u1EB7c media s\u1EED d\u1EE5ng nh\u1EEFng t\xEDnh n\u0103ng tr\xECnh duy\u1EC7t kh\xF4ng h\u1ED7 tr\u1EE3.",source:"Video kh\xF4ng t\u1EA3i \u0111\u01B0\u1EE3c, m\u1EA1ng hay server c\xF3 l\u1ED7i ho\u1EB7c \u0111\u1ECBnh d\u1EA1ng kh\xF4ng \u0111\u01B0\u1EE3c h\u1ED7 tr\u1EE3.",encrypted:"Media \u0111\xE3 \u0111\u01B0\u1EE3c m\xE3 h\xF3a v\xE0 ch\xFAng t\xF4i kh\xF4ng c\xF3 kh\xF3a \u0111\u1EC3 gi\u1EA3i m\xE3.",unplayable:"Tr\xECnh ph\xE1t kh\xF4ng h\u1ED7 tr\u1EE3 n\u1ED9i dung n\xE0y.",title:"\u0110\xE3 x\u1EA3y ra l\u1ED7i.",unexpected:"\u0110\xE3 x\u1EA3y ra l\u1ED7i. Vui l\xF2ng th\u1EED l\u1EA1i."},common:{empty:"",ok:"\u0110\xF3ng"},menu:{settings:"C\xE0i \u0111\u1EB7t",quality:"Ch\u1EA5t l\u01B0\u1EE3ng",audio:"\xC2m thanh",default:"M\u1EB7c \u0111\u1ECBnh",speed:"T\u1ED1c \u0111\u1ED9",captions:"Ph\u1EE5 \u0111\u1EC1",playbackRate:"T\u1ED1c \u0111\u1ED9 ph\xE1t l\u1EA1i",back:"Quay l\u1EA1i",off:"T\u1EAFt",auto:"T\u1EF1 \u0111\u1ED9ng",autoWithLabel:"T\u1EF1 \u0111\u1ED9ng ({label})",subtitles:"Ph\u1EE5 \u0111\u1EC1"}}});var Sm={};_(Sm,{default:()=>Cs});var Cs,Ps=j(()=>{Cs={buttons:{play:"\u64AD\u653E",pause:"\u6682\u505C",replay:"\u91CD\u65B0\u64AD\u653E",mute:"\u9759\u97F3",unmute:"\u5F00\u542F\u97F3\u6548"},seek:{forward:"\u5FEB\u8FDB {seconds} \u79D2",backward:"\u5FEB\u9000 {seconds} \u79D2"},fullscreen:{enter:"\u5168\u5C4F",exit:"\u9000\u51FA\u5168\u5C4F"},captions:{enable:"\u5F00\u542F\u5B57\u5E55",disable:"\u5173\u95ED\u5B57\u5E55"},pip:{enter:"\u753B\u4E2D\u753B",exit:"\u9000\u51FA\u753B\u4E2D\u753B"},live:{playing:"\u6B63\u5728\u76F4\u64AD",seekToEdge:"\u8DF3\u8F6C\u5230\u76F4\u64AD",badge:"\u76F4\u64AD"},cast:{start:"\u5F00\u59CB\u6295\u5C4F",stop:"\u505C\u6B62\u6295\u5C4F",connecting:"\u6B63\u5728\u8FDE\u63A5"},airplay:{start:"\u542F\u52A8 AirPlay",stop:"\u505C\u6B62 AirPlay"},slider:{seek:"\u5B9A\u4F4D"},time:{current:"\u5F53\u524D\u65F6\u95F4",duration:"\u65F6\u957F",remaining:"\u5269\u4F59\u65F6\u95F4",elapsedSuffix:"\u5DF2\u64AD\u653E\u65F6\u95F4 {duration}",durationSuffix:"\u65F6\u957F {duration}",remainingSuffix:"\u5269\u4F59 {duration}",showElapsed:"\u663E\u793A\u5DF2\u64AD\u653E\u65F6\u95F4, {duration}.",showDuration:"\u663E\u793A\u65F6\u957F, {duration}.",showRemaining:"\u663E\u793A\u5269\u4F59\u65F6\u95F4, {duration}.",toggleElapsed:"\u5728\u5DF2\u64AD\u653E\u65F6\u95F4\u548C\u5269\u4F59\u65F6\u95F4\u4E4B\u95F4\u5207\u6362\u3002",toggleDuration:"\u5728\u65F6\u957F\u548C\u5269\u4F59\u65F6\u95F4\u4E4B\u95F4\u5207\u6362\u3002",position:"{current}\uFF0C\u603B\u65F6\u957F {duration}",unknown:"\u5A92\u4F53\u672A\u52A0\u8F7D\uFF0C\u65F6\u95F4\u672A\u77E5\u3002"},playback:{rate:"\u64AD\u653E\u901F\u5EA6 {rate}"},volume:{mutedValue:"{percent}\uFF0C\u5DF2\u9759\u97F3",muted:"\u5DF2\u9759\u97F3",label:"\u97F3\u91CF",value:"\u97F3\u91CF {value}"},status:{captionsOn:"\u5B57\u5E55\u5DF2\u5F00\u542F",captionsOff:"\u5B57\u5E55\u5DF2\u5173\u95ED",paused:"\u5DF2\u6682\u505C",playing:"\u6B63\u5728\u64AD\u653E",fullscreen:"\u5168\u5C4F",pip:"\u753B\u4E2D\u753B",exitPip:"\u9000\u51FA\u753B\u4E2D\u753B",seekedTo:"\u5DF2\u8DF3\u8F6C\u81F3 {time}"},container:{label:"\u5A92\u4F53\u64AD\u653E\u5668"},errors:{aborted:"\u89C6\u9891\u64AD\u653E\u88AB\u7EC8\u6B62",network:"\u7F51\u7EDC\u9519\u8BEF\u5BFC\u81F4\u89C6\u9891\u4E0B\u8F7D\u4E2D\u9014\u5931\u8D25\u3002",decode:"\u7531\u4E8E\u89C6\u9891\u6587\u4EF6\u635F\u574F\u6216\u662F\u8BE5\u89C6\u9891\u4F7F\u7528\u4E86\u4F60\u7684\u6D4F\u89C8\u5668\u4E0D\u652F\u6301\u7684\u529F\u80FD\uFF0C\u64AD\u653E\u7EC8\u6B62\u3002",source:"\u89C6\u9891\u56E0\u683C\u5F0F\u4E0D\u652F\u6301\u6216\u8005\u670D\u52A1\u5668\u6216\u7F51\u7EDC\u7684\u95EE\u9898\u65E0\u6CD5\u52A0\u8F7D\u3002",encrypted:"\u89C6\u9891\u5DF2\u52A0\u5BC6\uFF0C\u65E0\u6CD5\u89E3\u5BC6\u3002",unplayable:"\u64AD\u653E\u5668\u4E0D\u652F\u6301\u6B64\u5A92\u4F53\u3002",title:"\u51FA\u73B0\u95EE\u9898\u3002",unexpected:"\u53D1\u751F\u9519\u8BEF\uFF0C\u8BF7\u91CD\u8BD5\u3002"},common:{empty:"",ok:"\u5173\u95ED"},menu:{settings:"\u8BBE\u7F6E",quality:"\u753B\u8D28",audio:"\u97F3\u9891",default:"\u9ED8\u8BA4",speed:"\u901F\u5EA6",captions:"\u5B57\u5E55",playbackRate:"\u64AD\u653E\u901F\u5EA6",back:"\u8FD4\u56DE",off:"\u5173\u95ED",auto:"\u81EA\u52A8",autoWithLabel:"\u81EA\u52A8\uFF08{label}\uFF09",subtitles:"\u5B57\u5E55"}}});var Em={};_(Em,{default:()=>Sx});var Sx,Cm=j(()=>{Sx={buttons:{play:"\u64AD\u653E",pause:"\u66AB\u505C",replay:"\u91CD\u64AD",mute:"\u975C\u97F3",unmute:"\u958B\u555F\u97F3\u6548"},seek:{forward:"\u5FEB\u8F49 {seconds} \u79D2",backward:"\u5012\u8F49 {seconds} \u79D2"},fullscreen:{enter:"\u5168\u87A2\u5E55",exit:"\u9000\u51FA\u5168\u87A2\u5E55"},captions:{enable:"\u958B\u555F\u5B57\u5E55",disable:"\u95DC\u9589\u5B57\u5E55"},pip:{enter:"\u5B50\u6BCD\u756B\u9762",exit:"\u96E2\u958B\u5B50\u6BCD\u756B\u9762"},live:{playing:"\u6B63\u5728\u76F4\u64AD",seekToEdge:"\u8DF3\u8F49\u81F3\u76F4\u64AD",badge:"\u76F4\u64AD"},cast:{start:"\u958B\u59CB\u6295\u5C4F",stop:"\u505C\u6B62\u6295\u5C4F",connecting:"\u9023\u7DDA\u4E2D"},airplay:{start:"\u555F\u52D5 AirPlay",stop:"\u505C\u6B62 AirPlay"},slider:{seek:"\u5B9A\u4F4D"},time:{current:"\u76EE\u524D\u6642\u9593",duration:"\u7E3D\u5171\u6642\u9593",remaining:"\u5269\u9918\u6642\u9593",elapsedSuffix:"\u5DF2\u64AD\u653E\u6642\u9593 {duration}",durationSuffix:"\u6642\u9577 {duration}",remainingSuffix:"\u5269\u9918 {duration}",showElapsed:"\u986F\u793A\u5DF2\u64AD\u653E\u6642\u9593, {duration}.",showDuration:"\u986F\u793A\u6642\u9577, {duration}.",showRemaining:"\u986F\u793A\u5269\u9918\u6642\u9593, {duration}.",toggleElapsed:"\u5728\u5DF2\u64AD\u653E\u6642\u9593\u548C\u5269\u9918\u6642\u9593\u4E4B\u9593\u5207\u63DB\u3002",toggleDuration:"\u5728\u6642\u9577\u548C\u5269\u9918\u6642\u9593\u4E4B\u9593\u5207\u63DB\u3002",position:"{current}\uFF0C\u7E3D\u6642\u9577 {duration}",unknown:"\u5A92\u9AD4\u672A\u8F09\u5165\uFF0C\u6642\u9593\u672A\u77E5\u3002"},playback:{rate:"\u64AD\u653E\u901F\u7387 {rate}"},volume:{mutedValue:"{percent}\uFF0C\u5DF2\u975C\u97F3",muted:"\u5DF2\u975C\u97F3",label:"\u97F3\u91CF",value:"\u97F3\u91CF {value}"},status:{captionsOn:"\u5B57\u5E55\u5DF2\u958B\u555F",captionsOff:"\u5B57\u5E55\u5DF2\u95DC\u9589",paused:"\u5DF2\u66AB\u505C",playing:"\u6B63\u5728\u64AD\u653E",fullscreen:"\u5168\u87A2\u5E55",pip:"\u5B50\u6BCD\u756B\u9762",exitPip:"\u96E2\u958B\u5B50\u6BCD\u756B\u9762",seekedTo:"\u5DF2\u8DF3\u8F49\u81F3 {time}"},container:{label:"\u5A92\u9AD4\u64AD\u653E\u5668"},errors:{aborted:"\u5F71\u7247\u64AD\u653E\u5DF2\u7D42\u6B62",network:"\u7DB2\u8DEF\u932F\u8AA4\u5C0E\u81F4\u5F71\u7247\u4E0B\u8F09\u5931\u6557\u3002",decode:"\u7531\u65BC\u5F71\u7247\u6A94\u6848\u640D\u6BC0\u6216\u662F\u8A72\u5F71\u7247\u4F7F\u7528\u4E86\u60A8\u7684\u700F\u89BD\u5668\u4E0D\u652F\u63F4\u7684\u529F\u80FD\uFF0C\u5DF2\u7D42\u6B62\u64AD\u653E\u5A92\u9AD4\u3002",source:"\u56E0\u683C\u5F0F\u4E0D\u652F\u63F4\u3001\u4F3A\u670D\u5668\u6216\u7DB2\u8DEF\u7684\u554F\u984C\u7121\u6CD5\u8F09\u5165\u5A92\u9AD4\u3002",encrypted:"\u5A92\u9AD4\u5DF2\u52A0\u5BC6\uFF0C\u7121\u6CD5\u89E3\u5BC6\u3002",unplayable:"\u64AD\u653E\u5668\u4E0D\u652F\u63F4\u6B64\u5A92\u9AD4\u3002",title:"\u767C\u751F\u554F\u984C\u3002",unexpected:"\u767C\u751F\u932F\u8AA4\uFF0C\u8ACB\u91CD\u8A66\u3002"},common:{empty:"",ok:"\u95DC\u9589"},menu:{settings:"\u8A2D\u5B9A",quality:"\u756B\u8CEA",audio:"\u97F3\u8A0A",default:"\u9810\u8A2D",speed:"\u901F\u5EA6",captions:"\u5B57\u5E55",playbackRate:"\u64AD\u653E\u901F\u7387",back:"\u8FD4\u56DE",off:"\u95DC\u9589",auto:"\u81EA\u52D5",autoWithLabel:"\u81EA\u52D5\uFF08{label}\uFF09",subtitles:"\u5B57\u5E55"}}});var Pm={};_(Pm,{default:()=>Ss});var Am=j(()=>{Es()});var Im={};_(Im,{default:()=>Cs});var Mm=j(()=>{Ps()});function k(e,t=e.tagName){let i=globalThis.customElements;!i||i.get(t)||i.define(t,e)}var Ze=class extends Event{constructor(t,i,n,r){super("context-request",{bubbles:!0,composed:!0}),this.context=t,this.contextTarget=i,this.callback=n,this.subscribe=r??!1}};var C=class{constructor(t,i,n,r){if(this.subscribe=!1,this.provided=!1,this.value=void 0,this.t=(a,o)=>{this.unsubscribe&&(this.unsubscribe!==o&&(this.provided=!1,this.unsubscribe()),this.subscribe||this.unsubscribe()),this.value=a,this.host.requestUpdate(),this.provided&&!this.subscribe||(this.provided=!0,this.callback&&this.callback(a,o)),this.unsubscribe=o},this.host=t,i.context!==void 0){let a=i;this.context=a.context,this.callback=a.callback,this.subscribe=a.subscribe??!1}else this.context=i,this.callback=n,this.subscribe=r??!1;this.host.addController(this)}hostConnected(){this.dispatchRequest()}hostDisconnected(){this.unsubscribe&&(this.unsubscribe(),this.unsubscribe=void 0)}dispatchRequest(){this.host.dispatchEvent(new Ze(this.context,this.host,this.t,this.subscribe))}};var rr=class{get value(){return this.o}set value(t){this.setValue(t)}setValue(t,i=!1){let n=i||!Object.is(t,this.o);this.o=t,n&&this.updateObservers()}constructor(t){this.subscriptions=new Map,this.updateObservers=()=>{for(let[i,{disposer:n}]of this.subscriptions)i(this.o,n)},t!==void 0&&(this.value=t)}addCallback(t,i,n){if(!n)return void t(this.value);this.subscriptions.has(t)||this.subscriptions.set(t,{disposer:()=>{this.subscriptions.delete(t)},consumerHost:i});let{disposer:r}=this.subscriptions.get(t);t(this.value,r)}clearCallbacks(){this.subscriptions.clear()}};var go=class extends Event{constructor(t,i){super("context-provider",{bubbles:!0,composed:!0}),this.context=t,this.contextTarget=i}},ne=class extends rr{constructor(t,i,n){super(i.context!==void 0?i.initialValue:n),this.onContextRequest=r=>{if(r.context!==this.context)return;let a=r.contextTarget??r.composedPath()[0];a!==this.host&&(r.stopPropagation(),this.addCallback(r.callback,a,r.subscribe))},this.onProviderRequest=r=>{if(r.context!==this.context||(r.contextTarget??r.composedPath()[0])===this.host)return;let a=new Set;for(let[o,{consumerHost:s}]of this.subscriptions)a.has(o)||(a.add(o),s.dispatchEvent(new Ze(this.context,s,o,!0)));r.stopPropagation()},this.host=t,i.context!==void 0?this.context=i.context:this.context=i,this.attachListeners(),this.host.addController?.(this)}attachListeners(){this.host.addEventListener("context-request",this.onContextRequest),this.host.addEventListener("context-provider",this.onProviderRequest)}hostConnected(){this.host.dispatchEvent(new go(this.context,this.host))}};var Ak=Symbol.for("@videojs/player"),M=Ak,Ik=Symbol.for("@videojs/media"),ar=Ik,Mk=Symbol.for("@videojs/container"),de=Mk;function bo(e){return typeof e=="string"}function Qe(e){return typeof e=="number"}function vo(e){return typeof e=="boolean"}function V(e){return typeof e=="function"}function Te(e){return e===null}function L(e){return typeof e>"u"}function yo(e){return e==null}function re(e){return e!==null&&typeof e=="object"}function ko(e,t){return re(e)?t.every(i=>V(e[i])):!1}function W(e,t){let i={...t};for(let n of Object.keys(t)){let r=e[n];L(r)||(i[n]=r)}return i}function or(e,t={}){let{prefix:i=""}=t,n={};for(let[r,a]of Object.entries(e)){let o=i?`${i}.${r}`:r;a!==null&&typeof a=="object"&&!Array.isArray(a)?Object.assign(n,or(a,{prefix:o})):n[o]=a}return n}function xo(e,t){let i={};for(let n in e)t.includes(n)||(i[n]=e[n]);return i}function en(e,t){let i={};for(let n of t)Object.hasOwn(e,n)&&(i[n]=e[n]);return i}var Rk=Object.prototype.hasOwnProperty;function At(e,t){if(Object.is(e,t))return!0;if(typeof e!="object"||e===null||typeof t!="object"||t===null)return!1;let i=Reflect.ownKeys(e),n=Reflect.ownKeys(t);if(i.length!==n.length)return!1;for(let r of i)if(!Rk.call(t,r)||!Object.is(e[r],t[r]))return!1;return!0}function ye(...e){}function To(e,t,i){let n=i?.leading??!1,r=null,a,o=!1;function s(){r=setTimeout(()=>{r=null,o&&(o=!1,e(...a),s())},t)}let l=(...d)=>{if(a=d,n)r===null?(e(...a),s()):o=!0;else{if(r!==null)return;r=setTimeout(()=>{r=null,e(...a)},t)}};return l.cancel=()=>{r!==null&&(clearTimeout(r),r=null),o=!1},l}var We=class{#e;#t;#i;#n;#r=ye;constructor(e,t,i){this.#e=e,this.#i=t,this.#t=i,e.addController(this)}get value(){return this.#t?(this.#n??=this.#t(this.#i.current),this.#n):this.#i.current}track(e){this.#i=e,this.#a()}hostConnected(){this.#a()}hostDisconnected(){this.#r(),this.#r=ye,this.#n=void 0}#a(){if(this.#r(),!this.#t){this.#r=this.#i.subscribe(()=>this.#e.requestUpdate());return}let e=this.#t;this.#n=e(this.#i.current),this.#r=this.#i.subscribe(()=>{let t=e(this.#i.current);At(this.#n,t)||(this.#n=t,this.#e.requestUpdate())})}};function tn(e){if("any"in AbortSignal)return AbortSignal.any(e);let t=new AbortController;for(let i of e){if(i.aborted)return t.abort(i.reason),t.signal;i.addEventListener("abort",()=>t.abort(i.reason),{signal:t.signal})}return t.signal}var sr=class{#e;#t=new Map;get base(){return(this.#e??=new AbortController).signal}clear(){for(let e of this.#t.values())e.abort();this.#t.clear()}reset(){this.clear(),this.#e?.abort(),this.#e=void 0}supersede(e){this.#t.get(e)?.abort();let t=new AbortController;return this.#t.set(e,t),tn([this.base,t.signal])}};var nu=class extends Error{code;cause;constructor(e,t){super(t?.message??e),this.name="StoreError",this.code=e,this.cause=t?.cause}};function yi(){throw new nu("NO_TARGET")}function wo(){throw new nu("DESTROYED")}var So=!1;function Dk(){So||(So=!0,queueMicrotask(ru))}var Eo=new Set;function ru(){So=!1;for(let e of Eo)e.flush();Eo.clear()}var Ok=Object.prototype.hasOwnProperty,Lk=class{#e;#t=new Set;#i=!1;constructor(e){this.#e=Object.freeze({...e})}get current(){return this.#e}patch(e){let t={...this.#e},i=!1;for(let n of Reflect.ownKeys(e)){if(!Ok.call(e,n))continue;let r=e[n];Object.is(this.#e[n],r)||(t[n]=r,i=!0)}i&&(this.#e=Object.freeze(t),this.#n())}replace(e){At(this.#e,e)||(this.#e=Object.freeze({...e}),this.#n())}subscribe(e,t){let i=t?.signal;if(i?.aborted)return ye;if(this.#t.add(e),!i)return()=>this.#t.delete(e);let n=()=>this.#t.delete(e);return i.addEventListener("abort",n,{once:!0}),()=>{i.removeEventListener("abort",n),this.#t.delete(e)}}flush(){if(this.#i){this.#i=!1;for(let e of this.#t)e()}}#n(){this.#i=!0,Eo.add(this),Dk()}};function G(e){return new Lk(e)}var au=Symbol.for("@videojs/store"),Nk=Object.prototype.hasOwnProperty;function Co(){return((e,t={})=>{let i=null,n=!1,r=new AbortController,a=new sr,o,s;function l(){n&&wo(),i||yi()}let d=zk(e.state({target:()=>(l(),i),signals:a,get:()=>o,set:R=>h(R)}));o=d;let c=p(o);s=G(m(o,c));let u={[au]:!0,get $state(){return s},get target(){return i},get destroyed(){return n},get state(){return s.current},attach:g,destroy:y,subscribe:w};for(let R of Object.keys(s.current))Object.defineProperty(u,R,{get:()=>s.current[R],enumerable:!0});for(let R of Object.getOwnPropertySymbols(o))typeof o[R]=="function"&&Object.defineProperty(u,R,{get:()=>o[R]});try{t.onSetup?.({store:u,signal:r.signal})}catch(R){I(R)}return u;function p(R){let B={},S=e.derived;if(!S)return B;let T={get:()=>R};for(let x of Object.keys(S))B[x]=S[x](T);return B}function m(R,B){let S={};for(let T of Object.keys(R))S[T]=R[T];return Object.assign(S,B)}function h(R){let B=Vk(o,R);if(!B)return;let S=p(B.next);o=B.next,s.replace(m(o,S))}function g(R){n&&wo(),a.reset(),i=R;let B={target:R,signal:a.base,get:()=>o,set:S=>{try{h(S)}catch(T){I(T)}},reportError:I,store:{get state(){return s.current},subscribe:w}};try{e.attach?.(B)}catch(S){I(S)}try{t.onAttach?.({store:u,target:R,signal:a.base})}catch(S){I(S)}return f}function f(){if(Te(i))return;a.reset(),i=null;let R={...d};for(let B of e.preserve??[])R[B]=o[B];h(R)}function y(){n||(n=!0,f(),r.abort())}function w(R,B){return s.subscribe(R,B)}function I(R){t.onError?t.onError({store:u,error:R}):console.error("[vjs-store]",R)}})}function zk(e){return Object.freeze({...e})}function Vk(e,t){let i={...e},n=!1;for(let r of Reflect.ownKeys(t)){if(!Nk.call(t,r))continue;let a=t[r];Object.is(e[r],a)||(i[r]=a,n=!0)}return n?{next:Object.freeze(i)}:null}function Po(e){return re(e)&&au in e}var ou=class{#e;#t;#i;constructor(e,t,i){this.#e=i??ye,Po(t)?(this.#i=t,this.#t=null):(this.#i=null,this.#t=new C(e,{context:t,callback:n=>this.#e(n),subscribe:!1})),e.addController(this)}get value(){return this.#t?this.#t.value??null:this.#i}hostConnected(){this.#i&&this.#e(this.#i)}};var Ao=class{#e;#t;#i;#n=null;constructor(e,t,i){this.#e=e,this.#t=i,this.#i=new ou(e,t,n=>this.#r(n)),e.addController(this)}get value(){let e=this.#i.value;if(Te(e))throw new Error("Store not available");return L(this.#t)?e:this.#n.value}hostConnected(){}#r(e){L(this.#t)||(this.#n?this.#n.track(e.$state):this.#n=new We(this.#e,e.$state,this.#t))}};var O=class{#e;#t;#i;#n=null;constructor(e,t,i){this.#e=e,this.#t=i,this.#i=new C(e,{context:t,callback:n=>this.#r(n),subscribe:!0}),e.addController(this)}get value(){let e=this.#i.value;if(e)return this.#t?this.#n?.value:e}get displayName(){return this.#t?.displayName}hostConnected(){let e=this.#i.value;e&&this.#r(e)}hostDisconnected(){this.#n=null}#r(e){!this.#n&&this.#t&&(this.#n=new Ao(this.#e,e,this.#t))}};function su(e){class t extends O{constructor(n,r){r?super(n,e,r):super(n,e)}}return t}function Io(e){class t extends e{#e=!1;#t=new Set;get destroyed(){return this.#e}destroy(){this.#e||(this.#e=!0,this.destroyCallback())}destroyCallback(){for(let n of this.#t)n.hostDestroyed?.()}addController(n){super.addController(n),this.#t.add(n)}removeController(n){super.removeController(n),this.#t.delete(n)}connectedCallback(){this.#e||super.connectedCallback()}disconnectedCallback(){super.disconnectedCallback(),!this.#e&&!this.hasAttribute("keep-alive")&&requestAnimationFrame(()=>{requestAnimationFrame(()=>{this.isConnected||this.destroy()})})}performUpdate(){this.#e||super.performUpdate()}}return t}var lu=new WeakMap,du=new Map,gt=class extends HTMLElement{static{this.properties={}}static get observedAttributes(){return[...Mo(this).attrToProp.keys()]}#e;#t;#i;#n;constructor(){super(),this.#e=new Set,this.#t=new Map,this.isUpdatePending=!1,this.hasUpdated=!1,this.#n=new Promise(t=>this.enableUpdating=t);let{props:e}=Mo(this.constructor);for(let t of e.keys())Object.hasOwn(this,t)&&((this.#i??=new Map).set(t,this[t]),delete this[t]);this.requestUpdate()}enableUpdating(e){}addController(e){this.#e.add(e),this.isConnected&&e.hostConnected?.()}removeController(e){this.#e.delete(e)}connectedCallback(){this.enableUpdating(!0);for(let e of this.#e)e.hostConnected?.()}disconnectedCallback(){for(let e of this.#e)e.hostDisconnected?.()}attributeChangedCallback(e,t,i){if(t===i)return;let{props:n,attrToProp:r}=Mo(this.constructor),a=r.get(e);if(!a)return;let o=n.get(a);if(!o)return;let s=i;o.type===Boolean?s=i!==null:o.type===Number&&(s=i===null?null:Number(i)),this[a]=s}requestUpdate(e,t){e!==void 0&&this.#t.set(e,t),!this.isUpdatePending&&(this.#n=this.#r())}async#r(){this.isUpdatePending=!0;try{await this.#n}catch(t){Promise.reject(t)}let e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated&&this.#i){for(let[t,i]of this.#i)this[t]=i;this.#i=void 0}let e=this.#t;this.willUpdate(e);for(let t of this.#e)t.hostUpdate?.();this.update(e),this.#t=new Map,this.isUpdatePending=!1;for(let t of this.#e)t.hostUpdated?.();this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}willUpdate(e){}update(e){}firstUpdated(e){}updated(e){}get updateComplete(){return this.#n}};function Mo(e){let t=lu.get(e);if(t)return t;let i=new Map,n=new Map;for(let[a,o]of Object.entries(e.properties))if(i.set(a,o),n.set(o.attribute??a,a),!Object.getOwnPropertyDescriptor(e.prototype,a)?.get){let s=du.get(a);s||(s=Symbol(a),du.set(a,s)),Object.defineProperty(e.prototype,a,{get(){return this[s]},set(l){let d=this[s];this[s]=l,Object.is(d,l)||this.requestUpdate(a,d)},configurable:!0,enumerable:!0})}let r={props:i,attrToProp:n};return lu.set(e,r),r}var A=class extends Io(gt){};function Q(e){let t=Object.values(e.config??{}).map(i=>i.state);return{...e,...t.length>0?{preserve:t}:{}}}function Ro(e){let t=e.map(i=>i.config??{});return Object.assign({},...t)}function lr(e,t,i){let n=e[t.action];if(typeof n!="function")throw new TypeError(`Missing config action "${String(t.action)}"`);n(i)}function Wt(e,t,i){if(!L(i))return i;let n=t?.toLowerCase();if(e==="seekStep")return n==="arrowleft"||n==="j"?-10:10;if(e==="volumeStep")return n==="arrowdown"?-.05:5/100}function nn(e,t,i){return e==="seekStep"&&L(i)&&t==="left"?-10:Wt(e,void 0,i)}function cu(e){return e.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;").replace(/'/g,"&#39;").replace(/`/g,"&#96;")}function Do(e,t){return[...t].map(i=>({name:i,value:e.getAttribute(i)}))}function rn(e,t){for(let{name:i,value:n}of t)n===null?e.removeAttribute(i):e.setAttribute(i,n)}function Oo(e){let t={};for(let i of e)t[i.name]=i.value;return t}function dr(e){let t="";for(let i in e){let n=e[i];n===""?t+=` ${i}`:t+=` ${i}="${cu(n)}"`}return t}function Lo(e,t){let i=[];for(let n=0;n<e.children.length;n++){let r=e.children.item(n);r&&t(r,n)&&i.push(r)}return i}function No(e,t){for(let i=0;i<e.children.length;i++){let n=e.children.item(i);if(n&&t(n,i))return n}return null}function uu(e){if(e instanceof HTMLSlotElement){let t=e.assignedElements();if(t.length>0)return t}return[...e.children]}function ki(e,t){let i=uu(e);for(let[n,r]of i.entries()){if(t(r,n))return r;let a=ki(r,t);if(a)return a}return null}function b(e,t,i,n){return e.addEventListener(t,i,n),()=>e.removeEventListener(t,i,n)}function cr(){return globalThis.devicePixelRatio||1}function pu(e,t){if(typeof globalThis.matchMedia!="function")return ye;let i=t?{once:!0,signal:t}:{once:!0},n=ye,r=()=>{let o=globalThis.matchMedia(`(resolution: ${cr()}dppx)`);n=b(o,"change",a,i)},a=()=>{r(),e(cr())};return r(),()=>n()}function zo(e){let t=e.closest("[dir]")?.getAttribute("dir")?.toLowerCase();return t==="rtl"||t==="ltr"?t==="rtl":getComputedStyle(e).direction==="rtl"}function an(e){let t=e.composedPath();return t.length>0?t[0]:e.target}function ur(e,t,i){return new Promise((n,r)=>{let a=()=>{r(i?.signal?.reason??"Aborted")};if(i?.signal?.aborted){a();return}i?.signal?.addEventListener("abort",a,{once:!0}),e.addEventListener(t,o=>{i?.signal?.removeEventListener("abort",a),n(o)},{...i,once:!0})})}function pr(e){return e instanceof Node&&e.nodeType===9}function on(e){return e instanceof Node&&e.nodeType===11&&"host"in e}function sn(e){return e instanceof HTMLImageElement}function bt(e,t,i={}){if(!e||typeof document>"u")return;let n=e;for(;n;){let r=t(n);if(!L(r))return r;n=i.composed?Fk(n):n.parentElement}}function Fk(e){if(e.assignedSlot)return e.assignedSlot;if(e.parentElement)return e.parentElement;let t=e.getRootNode();return on(t)?t.host:null}var jk=["a[href]","button:not([disabled])","input:not([disabled])","select:not([disabled])","textarea:not([disabled])","audio[controls]","video[controls]","iframe",'[contenteditable]:not([contenteditable="false"])','[tabindex]:not([tabindex="-1"])'].join(",");function je(e=document){let t=e.activeElement;for(;t?.shadowRoot?.activeElement;)t=t.shadowRoot.activeElement;return t}function ln(e){let t=[],i=new Set;return n(e),t;function n(a){for(let o of a.children)r(o)}function r(a){if(!i.has(a)){if(i.add(a),a instanceof HTMLElement&&_k(a)&&t.push(a),a instanceof HTMLSlotElement){let o=a.assignedElements({flatten:!0});if(o.length>0)for(let s of o)r(s);else n(a);return}a.shadowRoot?n(a.shadowRoot):n(a)}}}function _k(e){return!e.matches(jk)||e.tabIndex<0||e.matches(":disabled")?!1:!bt(e,t=>{if(t instanceof HTMLElement&&(t.hidden||t.hasAttribute("inert")||t.getAttribute("aria-hidden")==="true"))return!0},{composed:!0})}function xi(){return typeof CSS<"u"&&CSS.supports("anchor-name: --a")}var mu=["button","input","select","textarea","a[href]",'[role="button"]','[role="menu"]','[role="menuitem"]','[role="menuitemcheckbox"]','[role="menuitemradio"]','[role="slider"]',"[data-interactive]"].join(","),fu=["textarea","select","input:not([type])",...["text","search","url","tel","email","password","number"].map(e=>`input[type="${e}"]`),'[contenteditable]:not([contenteditable="false"])'].join(",");function hu(e){return e.matches(fu)}function Vo(e){let t=an(e);return t instanceof Element&&hu(t)}function mr(e){let t=an(e);return t instanceof Element?t.closest(mu)!==null:!1}var Uk=new Set([" ","Enter"]),Bk='button,a[href],[role="slider"],[role="button"]';function dn(e){if(!Uk.has(e.key))return!1;let t=an(e);return t instanceof Element&&t.matches(Bk)}function gu(e){return e.replace(/[-_](.)/g,(t,i)=>i.toUpperCase()).replace(/^(.)/,(t,i)=>i.toUpperCase())}function Fo(e){return gu(e).replace(/^(.)/,(t,i)=>i.toLowerCase())}function st(e){return e.replace(/[A-Z]/g,t=>`-${t.toLowerCase()}`)}function jo(e){return e.startsWith("--")?e:st(e)}function fr(e){let t=e.style.getPropertyValue("anchor-name").trim();return!t||t==="none"?[]:t.split(",").map(i=>i.trim()).filter(Boolean)}function _e(e,t){for(let[i,n]of Object.entries(t))typeof n=="string"&&e.style.setProperty(jo(i),n)}function hr(e,t){return[...t].map(i=>{let n=jo(i);return{property:n,value:e.style.getPropertyValue(n),priority:e.style.getPropertyPriority(n)}})}function gr(e,t){for(let{property:i,value:n,priority:r}of t)n?e.style.setProperty(i,n,r):e.style.removeProperty(i)}function _o(e,t,i){let n=hr(e,Object.keys(t));try{return _e(e,t),i()}finally{gr(e,n)}}function Uo(e,t,{source:i="inline-or-computed"}={}){let n=jo(t),r=i!=="computed"&&e instanceof HTMLElement?e.style.getPropertyValue(n):"";return!r&&i!=="inline"&&(r=getComputedStyle(e).getPropertyValue(n)),r.trim()?Ti(e,r):null}function Ti(e,t){let i=t.trim();if(!i)return 0;let n=Number.parseFloat(i);if(!Number.isNaN(n)&&(/^-?\d*\.?\d+$/.test(i)||i.endsWith("px")))return n;let r=e.ownerDocument,a=r?.documentElement;if(!Number.isNaN(n)&&i.endsWith("rem"))return n*(a&&Number.parseFloat(getComputedStyle(a).fontSize)||16);if(!Number.isNaN(n)&&i.endsWith("em"))return n*(e instanceof HTMLElement&&Number.parseFloat(getComputedStyle(e).fontSize)||16);if(!r)return Number.isNaN(n)?0:n;let o=r.createElement("div");if(o.style.position="absolute",o.style.visibility="hidden",o.style.pointerEvents="none",o.style.inlineSize=i,!o.style.inlineSize)return 0;o.style.blockSize="0",o.style.padding="0",o.style.border="0",o.style.inset="0";let s=getComputedStyle(e);o.style.fontSize=s.fontSize;for(let c=0;c<s.length;c++){let u=s.item(c);u.startsWith("--")&&o.style.setProperty(u,s.getPropertyValue(u))}let l=r.body??r.documentElement;if(!l)return Number.isNaN(n)?0:n;if(l.appendChild(o),getComputedStyle(o).inlineSize==="auto")return o.remove(),0;let d=o.getBoundingClientRect().width;return o.remove(),Number.isFinite(d)?d:Number.isNaN(n)?0:n}function br(e,{box:t="bounding",overflow:i="none"}={}){let n=e.getBoundingClientRect(),r=t==="layout"&&e.offsetWidth||n.width,a=t==="layout"&&e.offsetHeight||n.height;return(i==="width"||i==="both")&&(r=Math.max(r,e.scrollWidth)),(i==="height"||i==="both")&&(a=Math.max(a,e.scrollHeight)),{width:r,height:a}}function cn(e,t={}){let{styles:i,...n}=t,r=()=>br(e,n);return i?_o(e,i,r):r()}function vr(e){let t=getComputedStyle(e);return{inlineStart:Number.parseFloat(t.paddingInlineStart)||0,inlineEnd:Number.parseFloat(t.paddingInlineEnd)||0,blockStart:Number.parseFloat(t.paddingBlockStart)||0,blockEnd:Number.parseFloat(t.paddingBlockEnd)||0}}function yr(e){return e.inlineStart+e.inlineEnd}function kr(e){return e.blockStart+e.blockEnd}function Hk(e){let t=getComputedStyle(e);return{x:Number.parseFloat(t.paddingLeft)||0,y:Number.parseFloat(t.paddingTop)||0}}function qk(e){if(e.length===0)return{width:0,height:0};let t=Math.max(...e.map(({offsetLeft:n,size:r})=>n+r.width)),i=e[0].offsetTop;return{width:t,height:e.some(({offsetTop:n})=>n!==i)?Math.max(...e.map(({offsetTop:n,size:r})=>n+r.height)):e.reduce((n,{size:r})=>n+r.height,0)}}function Bo(e,{children:t,includePadding:i=!1,maxWidth:n=null,measure:r=(o,s)=>cn(o,s===void 0?void 0:{styles:{width:`${s}px`}}),resolveSize:a=qk}={}){let o=[...t??Array.from(e.children).filter(g=>g instanceof HTMLElement)].filter(g=>!g.hidden),s=i?vr(e):{inlineStart:0,inlineEnd:0,blockStart:0,blockEnd:0},l=yr(s),d=kr(s),c=i?Hk(e):{x:0,y:0};if(o.length===0)return{width:l,height:d};let u=g=>o.map(f=>({element:f,size:r(f,g),offsetLeft:f.offsetLeft-c.x,offsetTop:f.offsetTop-c.y})),p=u(),m=a(p).width+l,h=n===null?m:Math.min(m,Math.max(0,n));return h<m&&(p=u(Math.max(0,h-l))),{width:h,height:a(p).height+d}}var Wk=new Set(["Adlm","Arab","Hebr","Mand","Mend","Nkoo","Rohg","Samr","Syrc","Thaa","Yezi"]);function Ho(e){try{let t=new Intl.Locale(e).maximize().script;return t&&Wk.has(t)?"rtl":"ltr"}catch{return"ltr"}}var he="en";function wi(e){let t=Array.isArray(e)?e[0]:e;return t?t==="en"||t.startsWith("en-"):!0}function qo(e,t,i="en"){return!L(e)&&e.trim()!==""?e:!L(t)&&t.trim()!==""?t:i}function Kk(e){let t=e.getAttribute("lang")?.trim();if(t)return t;if("lang"in e&&typeof e.lang=="string"){let i=e.lang.trim();if(i)return i}}function Wo(e){return bt(e,Kk)}async function Ko(e,t,i){let n=i(e),r=await Promise.all(n.map(s=>t(s))),a=[],o={};for(let s=0;s<n.length;s++){let l=r[s];l&&Object.keys(l).length>0&&a.push(n[s])}for(let s=n.length-1;s>=0;s--){let l=r[s];l&&Object.assign(o,l)}return{merged:o,loadedTags:a}}function xr(e){if(!(L(e)||e.trim()===""))return e.trim()}var Tr=new Set,Si,wr=!1,Gk=()=>{wr=!1;for(let e of Tr)e()},$k=()=>{wr||(wr=!0,queueMicrotask(Gk))};function Yk(){Si||typeof document>"u"||(Si=new MutationObserver($k),Si.observe(document.documentElement,{subtree:!0,attributes:!0,attributeFilter:["lang"],childList:!0}))}function Xk(){Tr.size||!Si||(Si.disconnect(),Si=void 0,wr=!1)}function Go(e){return typeof document>"u"?()=>{}:(Tr.add(e),Yk(),()=>{Tr.delete(e),Xk()})}function Je(e,t){if(typeof ResizeObserver>"u")return ye;let i=new ResizeObserver(t),n=Symbol.iterator in Object(e)?e:[e];for(let r of n)i.observe(r);return()=>i.disconnect()}function $o({getElements:e,onChange:t,root:i,mutations:n}){let r=ye,a=()=>{r(),r=Je(e(),t)};a();let o=null;return i&&n!==!1&&typeof MutationObserver<"u"&&(o=new MutationObserver(()=>{a(),t()}),o.observe(i,n??{childList:!0})),()=>{o?.disconnect(),r()}}function Zk(e){let t=e.contentBoxSize[0];return{width:t?.inlineSize??0,height:t?.blockSize??0}}function Sr(e,t){return Je(e,i=>{let n=i[i.length-1];n&&t(Zk(n))})}function Yo(e,t){let i,n=()=>{i&&t({...i,scale:cr()})},r=Sr(e,o=>{i=o,n()}),a=pu(n);return()=>{r(),a()}}function Xo(){return typeof navigator<"u"&&/mac/i.test(navigator.userAgent)}var Qk={sideOffset:0,boundaryOffset:0},Jk={top:"bottom",bottom:"top",left:"right",right:"left"};function bu(e,t,i,n){let r=n.boundaryOffset??0;switch(i){case"top":return e.top-t.top-r-n.sideOffset;case"bottom":return t.bottom-e.bottom-r-n.sideOffset;case"left":return e.left-t.left-r-n.sideOffset;case"right":return t.right-e.right-r-n.sideOffset}}function Zo(e,t,i,n,r=Qk){let a=n.side,o=Jk[a],s=a==="top"||a==="bottom"?t.height:t.width,l=bu(e,i,a,r);return l>=s?a:bu(e,i,o,r)>l?o:a}function lt(e){try{e?.showPopover?.()}catch{}}function dt(e){try{e?.hidePopover?.()}catch{}}function Qo(e){let t=null,i,n=(...r)=>{i=r,t===null&&(t=requestAnimationFrame(()=>{t=null,e(...i)}))};return n.cancel=()=>{t!==null&&(cancelAnimationFrame(t),t=null)},n}function Jo(e,t){let i=globalThis.document;if(!i||i.getElementById(e))return;let n=i.createElement("style");n.id=e,n.textContent=t,i.head.appendChild(n)}function e0(e){return typeof globalThis.CSSStyleSheet<"u"&&e instanceof globalThis.CSSStyleSheet}function t0(e){return typeof e=="string"?e:Array.from(e.cssRules).map(t=>t.cssText).join(`
`)}function un(e){if(typeof globalThis.CSSStyleSheet>"u")return e;let t=new globalThis.CSSStyleSheet;return t.replaceSync(e),t}function es(e,t){if(t.every(e0)&&"adoptedStyleSheets"in e){e.adoptedStyleSheets=t;return}let i=e.ownerDocument;for(let n of t.map(t0)){let r=i.createElement("style");r.textContent=n,e.appendChild(r)}}function ts(e){let t=globalThis.document;if(!t)return null;let i=t.createElement("template");return i.innerHTML=e,i}function pn(e){for(let t of e.children)if(t.localName==="template"&&"content"in t)return t;return null}function mn(e){let t=e.content.firstElementChild;return t&&!t.nextElementSibling?t:null}function fn(e,t=e.ownerDocument){return t.importNode(e,!0)}function is(e,t){e.appendChild(e.ownerDocument.importNode(t.content,!0))}function Ce(e){return e.kind==="captions"||e.kind==="subtitles"}function ns(e,t){if(!(e instanceof HTMLElement))return null;for(let i of e.querySelectorAll("track"))if(i.track===t)return i;return null}function Er(e){let t=[];for(let i=0;i<e.length;i++)t.push([e.start(i),e.end(i)]);return t}function Le(e,t){let i=t;for(;i;){if(i===e||e.contains(i))return!0;let n=i.getRootNode();i=on(n)?n.host:i.parentNode}return!1}function Cr(){return"WebKitPlaybackTargetAvailabilityEvent"in globalThis}function hn(e){return Cr()&&"webkitCurrentPlaybackTargetIsWireless"in e}var Kt=Object.freeze({length:0,start:()=>0,end:()=>0}),Pr=Object.assign(new EventTarget,{length:0,*[Symbol.iterator](){},getTrackById:()=>null}),Ar=new EventTarget;var Ke=class gn extends Error{static MEDIA_ERR_ABORTED=1;static MEDIA_ERR_NETWORK=2;static MEDIA_ERR_DECODE=3;static MEDIA_ERR_SRC_NOT_SUPPORTED=4;static MEDIA_ERR_ENCRYPTED=5;static MEDIA_ERR_CUSTOM=100;static defaultMessages={1:"You stopped media playback before it finished.",2:"This media could not be loaded due to a network or server issue.",3:"This media could not be played. It may be corrupted, or your browser may not support its format.",4:"This media could not be loaded. It may be unavailable, or your browser may not support its format.",5:"This media could not be played because it could not be decrypted."};name;code;context;fatal;data;constructor(t,i=gn.MEDIA_ERR_CUSTOM,n,r){super(t),this.name="MediaError",this.code=i,this.context=r,this.fatal=n??(i>=gn.MEDIA_ERR_NETWORK&&i<=gn.MEDIA_ERR_ENCRYPTED),this.message||(this.message=gn.defaultMessages[this.code]??"")}};var rs={HAVE_NOTHING:0,HAVE_METADATA:1,HAVE_CURRENT_DATA:2,HAVE_FUTURE_DATA:3,HAVE_ENOUGH_DATA:4},Ue={ON_DEMAND:"on-demand",LIVE:"live",UNKNOWN:"unknown"};function Gt(e){return e.readyState>=rs.HAVE_METADATA}function vt(e){if(Number.isFinite(e.duration)&&e.duration>0)return e.duration;let t=e.seekable.at(-1)?.[1];return t===void 0||!Number.isFinite(t)||t<=0?0:t}function yt(e){return vt(e)>0}function $t(e){if(!re(e))return!1;let t=e;return!L(t.paused)&&!L(t.ended)&&V(t.pause)}function It(e){if(!re(e))return!1;let t=e;return!L(t.currentTime)&&!L(t.duration)&&!L(t.seeking)}function Ne(e){if(!re(e))return!1;let t=e;return!L(t.src)&&!L(t.currentSrc)&&!L(t.readyState)&&V(t.load)}function bn(e){if(!re(e))return!1;let t=e;return!L(t.volume)&&!L(t.muted)}function Ir(e){return re(e)?!L(e.muted):!1}function Mr(e){return re(e)?!L(e.playbackRate):!1}function as(e){return re(e)?V(e.requestPictureInPicture):!1}function Yt(e){if(!re(e))return!1;let t=e;return!L(t.buffered)&&t.buffered!==Kt&&!L(t.seekable)&&t.seekable!==Kt}function os(e){return re(e)?!L(e.error):!1}function vn(e){if(!re(e))return!1;let t=e;return!L(t.textTracks)&&t.textTracks!==Pr}function Rr(e){return re(e)?!L(e.videoRenditions):!1}function Dr(e){return re(e)?!L(e.audioTracks):!1}function ss(e){if(!re(e))return!1;let t=e;return!L(t.videoWidth)&&!L(t.videoHeight)}function yn(e){if(!re(e))return!1;let t=e;return re(t.remote)&&t.remote!==Ar}function ls(e){return re(e)?!L(e.streamType):!1}function ds(e){return re(e)?!L(e.contentData):!1}function cs(e){if(!re(e))return!1;let t=e;return!L(t.liveEdgeStart)&&!L(t.targetLiveWindow)}function us(e){return re(e)&&"querySelectorAll"in e&&V(e.querySelectorAll)}function i0(e,t){return e.id||String(t)}function n0(e){return{...e.id!==void 0&&{id:e.id},...e.kind!==void 0&&{kind:e.kind},label:e.label,language:e.language,enabled:e.enabled}}var Or=Q({name:"audioTrack",state:({target:e})=>({audioTrackList:[],selectAudioTrack(t){let{media:i}=e();if(!Dr(i))return;let n=[...i.audioTracks],r=n.find((a,o)=>i0(a,o)===t);if(r)for(let a of n)a.enabled=a===r}}),attach({target:e,signal:t,set:i}){let{media:n}=e,r=null,a=null,o=()=>Dr(n)?n.audioTracks:null,s=(d=o())=>{i({audioTrackList:d?[...d].map(n0):[]})},l=()=>{let d=o();if(d===r){s(d);return}a?.abort(),a=new AbortController,r=d,r&&(b(r,"addtrack",()=>s(r),{signal:a.signal}),b(r,"removetrack",()=>s(r),{signal:a.signal}),b(r,"change",()=>s(r),{signal:a.signal})),s(r)};l(),b(n,"loadstart",l,{signal:t}),t.addEventListener("abort",()=>a?.abort(),{once:!0})}});var Lr=Q({name:"buffer",state:()=>({buffered:[],seekable:[]}),attach({target:e,signal:t,set:i}){let{media:n}=e;if(!Yt(n))return;let r=()=>i({buffered:Er(n.buffered),seekable:Er(n.seekable)});r(),b(n,"loadedmetadata",r,{signal:t}),b(n,"durationchange",r,{signal:t}),b(n,"progress",r,{signal:t}),b(n,"emptied",r,{signal:t})}});var Ei=new WeakMap;function vu(e){Ei.set(e,(Ei.get(e)??0)+1);let t=!1;return()=>{if(t)return;t=!0;let i=Ei.get(e)??0;i<=1?Ei.delete(e):Ei.set(e,i-1)}}function Ci(e){return(Ei.get(e)??0)>0}function yu(e,t,i){if(i.size===0)return null;let n=e-t.left,r=t.width;if(r===0)return null;let a=n/r;return i.size===2&&i.has("left")&&i.has("right")?a<.5?"left":"right":i.size===3?a<1/3?"left":a<2/3?"center":"right":i.has("left")&&a<.5?"left":i.has("right")&&a>=.5?"right":i.has("center")&&(i.size===1||a>=1/3&&a<2/3)?"center":null}var r0=250,a0=class{#e;#t=[];#i=new Set;#n=null;#r=new Set;constructor(e){this.#e=e}get bindings(){return this.#t}subscribe(e){return this.#r.add(e),()=>this.#r.delete(e)}claimsTap(e,t){return Ci(this.#e)?!0:mr(e)?!1:this.#t.some(i=>i.type==="tap"&&i.action===t&&(!i.pointer||i.pointer===e.pointerType))}add(e){let t=nn(e.action??"",e.region,e.value),i={...e,value:t,onActivate:r=>{if(this.#r.size>0){let a={type:e.type,source:"gesture",action:e.action,value:t,region:e.region,pointer:e.pointer,event:r};for(let o of this.#r)try{o(a)}catch{}}e.onActivate(r)}};this.#t.push(i),this.#i.add(i.recognizer),this.#a();let n=!1;return()=>{if(n)return;n=!0;let r=this.#t.indexOf(i);r!==-1&&this.#t.splice(r,1),this.#o()}}#a(){if(this.#n)return;this.#n=new AbortController;let{signal:e}=this.#n,t=0;b(this.#e,"pointerdown",i=>{if(Ci(this.#e)){t=0;return}i.button===0&&(t=Date.now())},{signal:e}),b(this.#e,"pointerup",i=>{if(Ci(this.#e)){t=0;return}if(i.button!==0||Date.now()-t>r0||mr(i))return;let n=i.pointerType,r=i.clientX,a=this.#e,o=this.#t,s={resolve:l=>o0(o,l,n,r,a)};for(let l of this.#i)l.handleUp(s,i)},{signal:e})}#o(){if(!(this.#t.length>0)){for(let e of this.#i)e.reset();this.#i.clear(),this.#n?.abort(),this.#n=null}}},ps=new WeakMap;function ku(e){return ps.get(e)}function kn(e){let t=ps.get(e);return t||(t=new a0(e),ps.set(e,t)),t}function o0(e,t,i,n,r){let a=r.getBoundingClientRect(),o=s0(e,t,i),s=o.size>0?yu(n,a,o):null,l=[];for(let d of e)if(!d.disabled&&d.type===t&&!(d.pointer&&d.pointer!==i)){if(d.region){if(d.region!==s)continue}else if(s!==null)continue;l.push(d)}return l}function s0(e,t,i){let n=new Set;for(let r of e)r.disabled||r.type===t&&(r.pointer&&r.pointer!==i||r.region&&n.add(r.region));return n}function ms(e){let t=e;if(re(t.remote)&&"state"in t.remote&&"prompt"in t.remote)return t.remote}function Nr(e){return ms(e)?.state==="connected"}function xu(e){return ms(e)?.state==="connecting"}async function fs(e){let t=ms(e);if(!t)throw new DOMException("Remote playback not supported","NotSupportedError");return t.prompt()}var l0=2e3,d0=250,c0=500,Tu=new WeakMap,zr=Q({name:"controls",state:({get:e,set:t})=>{let r=u0(()=>(t({controlsVisible:!0}),()=>{}),()=>{let a=!e().userActive;return t({userActive:a,controlsVisible:a}),a});return Tu.set(r.requestControlsLock,r),{userActive:!0,controlsVisible:!0,requestControlsLock:r.requestControlsLock,toggleControls:r.toggleControls}},attach({target:e,signal:t,get:i,set:n}){let{media:r,container:a}=e;if(!$t(r)||Te(a))return;let o,s=0,l=T=>s>0||T||r.paused||Nr(r)||xu(r);function d(){clearTimeout(o),o=void 0}function c(){d(),!(s>0)&&(o=setTimeout(p,l0))}function u(){i().userActive||n({userActive:!0,controlsVisible:!0}),c()}function p(){d(),n({userActive:!1,controlsVisible:l(!1)})}function m(){s++,d(),i().controlsVisible||n({controlsVisible:!0});let T=!1;return()=>{T||t.aborted||(T=!0,s--,s===0&&u())}}function h(){return i().controlsVisible?p():u(),i().controlsVisible}let g=Tu.get(i().requestControlsLock);g.setDelegates(m,h);let f=0,y=0,w=()=>y>0&&Date.now()-y<c0;function I(T){f=Date.now(),T.pointerType==="touch"&&(y=f)}function R(T){if(T.pointerType==="touch"&&(y=Date.now()),T.pointerType==="touch"&&Date.now()-f<d0){if(ku(a)?.claimsTap(T,"toggleControls"))return;let x=[r,a].includes(T.target);i().controlsVisible&&x?p():u()}else u()}let B=()=>{let{userActive:T}=i();n({controlsVisible:l(T)}),!r.paused&&T&&c()};function S(T){if(T.pointerType==="touch"){i().userActive&&c();return}u()}if(b(a,"pointermove",S,{signal:t}),b(a,"pointerdown",I,{signal:t}),b(a,"pointerup",R,{signal:t}),b(a,"keydown",u,{signal:t}),b(a,"keyup",u,{signal:t}),b(a,"focusin",()=>{w()||u()},{signal:t}),b(a,"mouseleave",()=>{w()||p()},{signal:t}),b(r,"play",B,{signal:t}),b(r,"pause",B,{signal:t}),b(r,"ended",B,{signal:t}),yn(r)){let T=()=>{let{userActive:x}=i();n({controlsVisible:l(x)})};b(r.remote,"connect",T,{signal:t}),b(r.remote,"connecting",T,{signal:t}),b(r.remote,"disconnect",T,{signal:t})}t.addEventListener("abort",()=>{g.reset(),s=0,d()},{once:!0}),c()}});function u0(e,t){let i=e,n=t,r=new Set,s={requestControlsLock:()=>{let l={release:i()},d=!1;return r.add(l),()=>{d||(d=!0,r.delete(l),l.release())}},toggleControls:()=>n(),setDelegates(l,d){if(l!==i){i=l;for(let c of r)c.release(),c.release=l()}n=d},reset(){s.setDelegates(e,t)}};return s}var Vr=Q({name:"error",state:({set:e})=>({error:null,dismissError(){e({error:null})}}),attach({target:e,signal:t,set:i}){let{media:n}=e;if(!os(n))return;b(n,"error",()=>i({error:n.error}),{signal:t}),b(n,"emptied",()=>i({error:null}),{signal:t})}});function Su(){let e=document;if(e.fullscreenEnabled||e.webkitFullscreenEnabled)return!0;let t=document.createElement("video");return V(t.webkitSetPresentationMode)}function p0(){let e=document;return e.fullscreenElement??e.webkitFullscreenElement??null}function wu(e){if(!(e instanceof Element))return!1;try{return e.matches(":fullscreen")}catch{return!1}}function Mt(e,t){if(t.webkitPresentationMode==="fullscreen")return!0;let i=p0();return i&&(i===e||i===t)||wu(e)||wu(t)?!0:t.isFullscreen??!1}async function hs(e,t){let i=document;if(e&&(i.fullscreenEnabled||i.webkitFullscreenEnabled)){let a=e;if(V(a.requestFullscreen))return a.requestFullscreen();if(V(a.webkitRequestFullscreen))return a.webkitRequestFullscreen()}let n=t;if(V(n.webkitSetPresentationMode)){n.webkitSetPresentationMode("fullscreen");return}let r=t;if(V(r.requestFullscreen))return r.requestFullscreen()}async function Rt(e){let t=document,i=e;if(i.webkitPresentationMode==="fullscreen"&&V(i.webkitSetPresentationMode)){i.webkitSetPresentationMode("inline");return}if(V(t.exitFullscreen))return t.exitFullscreen();if(V(t.webkitExitFullscreen))return t.webkitExitFullscreen();let n=e;if(V(n.exitFullscreen))return n.exitFullscreen()}function Eu(){if(document.pictureInPictureEnabled){let t=/.*Version\/.*Safari\/.*/.test(navigator.userAgent),i=typeof matchMedia=="function"&&matchMedia("(display-mode: standalone)").matches;return!t||!i}let e=document.createElement("video");return V(e.webkitSetPresentationMode)}function Cu(e){return V(e.webkitSetPresentationMode)?!0:as(e)}function Pi(e){return e.webkitPresentationMode==="picture-in-picture"||document.pictureInPictureElement===e?!0:e.isPictureInPicture??!1}async function gs(e){let t=e;if(V(t.webkitSetPresentationMode)){t.webkitSetPresentationMode("picture-in-picture");return}let i=e;if(V(i.requestPictureInPicture))return i.requestPictureInPicture()}async function Ai(e){let t=e;if(t.webkitPresentationMode==="picture-in-picture"&&V(t.webkitSetPresentationMode)){t.webkitSetPresentationMode("inline");return}if(V(document.exitPictureInPicture))return document.exitPictureInPicture();let i=e;if(V(i.exitPictureInPicture))return i.exitPictureInPicture()}var Fr=Q({name:"fullscreen",state:({target:e})=>({fullscreen:!1,fullscreenAvailability:"unavailable",async requestFullscreen(){let{media:t,container:i}=e();return Pi(t)&&await Ai(t),hs(i,t)},async exitFullscreen(){let{media:t}=e();return Rt(t)},async toggleFullscreen(){let{media:t,container:i}=e();return Mt(i,t)?Rt(t):(Pi(t)&&await Ai(t),hs(i,t))}}),attach({target:e,signal:t,set:i}){let{media:n,container:r}=e;i({fullscreenAvailability:Su()?"available":"unsupported"});let a=()=>i({fullscreen:Mt(r,n)});a(),b(document,"fullscreenchange",a,{signal:t}),b(document,"webkitfullscreenchange",a,{signal:t}),"webkitPresentationMode"in n&&b(n,"webkitpresentationmodechanged",a,{signal:t})}});var Pu=Q({name:"live",state:()=>({liveEdgeStart:NaN,targetLiveWindow:NaN}),attach({target:e,signal:t,set:i}){let{media:n}=e;if(!cs(n))return;let r=()=>i({liveEdgeStart:n.liveEdgeStart,targetLiveWindow:n.targetLiveWindow});r(),b(n,"targetlivewindowchange",r,{signal:t}),b(n,"streamtypechange",r,{signal:t}),b(n,"loadedmetadata",r,{signal:t}),b(n,"canplay",r,{signal:t}),b(n,"progress",r,{signal:t}),b(n,"durationchange",r,{signal:t}),b(n,"timeupdate",r,{signal:t}),b(n,"emptied",r,{signal:t})}});var bs=Symbol("@videojs/media-title"),jr=Symbol("@videojs/user-title"),Au=Symbol("@videojs/set-user-title"),m0="",vs=Symbol("@videojs/media-poster"),_r=Symbol("@videojs/user-poster"),Iu=Symbol("@videojs/set-user-poster"),f0="",Ur=Q({name:"metadata",config:{title:{action:Au,state:jr,html:{attribute:"content-title"}},poster:{action:Iu,state:_r}},state:({set:e})=>({[bs]:void 0,[jr]:void 0,[Au]:t=>e({[jr]:t}),[vs]:void 0,[_r]:void 0,[Iu]:t=>e({[_r]:t})}),derived:{title:({get:e})=>e()[jr]??e()[bs]??m0,poster:({get:e})=>e()[_r]??e()[vs]??f0},attach({target:e,signal:t,set:i}){let{media:n}=e;if(!ds(n))return;let r=()=>i({[bs]:n.contentData?.title,[vs]:n.contentData?.poster});r(),b(n,"contentdatachange",r,{signal:t})}});var Br=Q({name:"pip",state:({target:e})=>({pip:!1,pipAvailability:"unavailable",async requestPictureInPicture(){let{media:t,container:i}=e();if(!(!Ne(t)||!Gt(t)))return Mt(i,t)&&await Rt(t),gs(t)},async exitPictureInPicture(){let{media:t}=e();return Ai(t)},async togglePictureInPicture(){let{media:t,container:i}=e();if(Pi(t))return Ai(t);if(!(!Ne(t)||!Gt(t)))return Mt(i,t)&&await Rt(t),gs(t)}}),attach({target:e,signal:t,set:i}){let{media:n}=e,r=Eu()&&Cu(n),a=()=>i({pip:Pi(n),pipAvailability:r?Ne(n)&&Gt(n)?"available":"unavailable":"unsupported"});a(),b(n,"enterpictureinpicture",a,{signal:t}),b(n,"leavepictureinpicture",a,{signal:t}),b(n,"loadstart",a,{signal:t}),b(n,"loadedmetadata",a,{signal:t}),b(n,"emptied",a,{signal:t}),"webkitPresentationMode"in n&&b(n,"webkitpresentationmodechanged",a,{signal:t})}});var Hr=Q({name:"playback",state:({target:e})=>({paused:!0,ended:!1,started:!1,waiting:!1,play(){return e().media.play()},pause(){let{media:t}=e();$t(t)&&t.pause()},togglePaused(){let t=e().media;return $t(t)?t.paused?(t.play(),!0):(t.pause(),!1):!1}}),attach({target:e,signal:t,set:i}){let{media:n}=e;if(!$t(n)||!It(n)||!Ne(n))return;let r=null,a=()=>{let s=n.readyState<HTMLMediaElement.HAVE_FUTURE_DATA&&!n.paused;s?r??=n.currentTime:r=null,i({paused:n.paused,ended:n.ended,started:!n.paused||n.currentTime>0,waiting:s&&r===n.currentTime})},o=()=>{r=n.currentTime,a()};a(),b(n,"emptied",o,{signal:t}),b(n,"play",o,{signal:t}),b(n,"pause",a,{signal:t}),b(n,"ended",a,{signal:t}),b(n,"playing",a,{signal:t}),b(n,"waiting",o,{signal:t}),b(n,"seeking",o,{signal:t}),b(n,"seeked",a,{signal:t}),b(n,"canplay",a,{signal:t}),b(n,"timeupdate",a,{signal:t})}});var h0=[.2,.5,.7,1,1.2,1.5,1.7,2],qr=Q({name:"playbackRate",state:({target:e})=>({playbackRates:h0,playbackRate:1,setPlaybackRate(t){let{media:i}=e();Mr(i)&&(i.playbackRate=t)}}),attach({target:e,signal:t,set:i}){let{media:n}=e;if(!Mr(n))return;let r=()=>i({playbackRate:n.playbackRate});r(),b(n,"ratechange",r,{signal:t})}});var g0="auto";function b0(e,t){return e.id||String(t)}function Mu(e){return{...e.id!==void 0&&{id:e.id},...e.width!==void 0&&{width:e.width},...e.height!==void 0&&{height:e.height},...e.bitrate!==void 0&&{bitrate:e.bitrate},...e.frameRate!==void 0&&{frameRate:e.frameRate},...e.codec!==void 0&&{codec:e.codec},selected:e.selected}}function Ru(e){return e.width&&e.height?Math.min(e.width,e.height):e.height??e.width}var Wr=Q({name:"quality",state:({target:e})=>({videoRenditionList:[],activeVideoRendition:null,selectVideoRendition(t){let{media:i}=e();if(!Rr(i))return;if(t===g0){i.videoRenditions.selectedIndex=-1;return}let n=[...i.videoRenditions].findIndex((r,a)=>b0(r,a)===t);n!==-1&&(i.videoRenditions.selectedIndex=n)}}),attach({target:e,signal:t,set:i}){let{media:n}=e,r=null,a=null,o=()=>Rr(n)?n.videoRenditions:null,s=c=>{if(!c)return null;let u=[...c],p=u.find(g=>g.active);if(p)return p;if(!ss(n)||!n.videoWidth&&!n.videoHeight)return null;let m=Ru({width:n.videoWidth||void 0,height:n.videoHeight||void 0}),h=u.filter(g=>Ru(g)===m);return h.length===1?h[0]:null},l=(c=o())=>{let u=s(c);i({videoRenditionList:c?[...c].map(Mu):[],activeVideoRendition:u?Mu(u):null})},d=()=>{let c=o();if(c===r){l(c);return}a?.abort(),a=new AbortController,r=c,r&&(b(r,"addrendition",()=>l(r),{signal:a.signal}),b(r,"removerendition",()=>l(r),{signal:a.signal}),b(r,"change",()=>l(r),{signal:a.signal}),b(r,"activechange",()=>l(r),{signal:a.signal})),l(r)};d(),b(n,"loadstart",d,{signal:t}),b(n,"resize",()=>l(r),{signal:t}),t.addEventListener("abort",()=>a?.abort(),{once:!0})}});var Kr=Q({name:"remotePlayback",state:({target:e})=>({remotePlaybackState:"disconnected",remotePlaybackAvailability:"unsupported",async toggleRemotePlayback(){let{media:t,container:i}=e();return Nr(t)?fs(t):(Mt(i,t)&&await Rt(t),await fs(t))}}),attach({target:e,signal:t,set:i}){let{media:n}=e;if(!yn(n))return;if(hn(n)){let a=()=>{i({remotePlaybackState:n.webkitCurrentPlaybackTargetIsWireless?"connected":"disconnected"})};b(n,"webkitplaybacktargetavailabilitychanged",s=>{let{availability:l}=s;i({remotePlaybackAvailability:l==="available"?"available":"unavailable"})},{signal:t}),b(n,"webkitcurrentplaybacktargetiswirelesschanged",a,{signal:t}),a();return}let r=()=>i({remotePlaybackState:n.remote.state});r(),b(n.remote,"connect",r,{signal:t}),b(n.remote,"connecting",r,{signal:t}),b(n.remote,"disconnect",r,{signal:t}),n.remote.watchAvailability(a=>{i({remotePlaybackAvailability:a?"available":"unavailable"})}).catch(()=>{i({remotePlaybackAvailability:"unsupported"})}),t.addEventListener("abort",()=>{n.remote?.cancelWatchAvailability?.().catch(()=>{})})}});var Gr=Q({name:"source",state:({target:e,signals:t})=>({source:null,canPlay:!1,loadSource(i){t.clear();let{media:n}=e();return Ne(n)&&(n.src=i,n.load()),i}}),attach({target:e,signal:t,set:i}){let{media:n}=e;if(!Ne(n))return;let r=()=>i({source:n.currentSrc||n.src||null,canPlay:n.readyState>=HTMLMediaElement.HAVE_ENOUGH_DATA});r(),b(n,"canplay",r,{signal:t}),b(n,"canplaythrough",r,{signal:t}),b(n,"loadstart",r,{signal:t}),b(n,"emptied",r,{signal:t})}});var Du=Q({name:"streamType",state:()=>({streamType:Ue.UNKNOWN}),attach({target:e,signal:t,set:i}){let{media:n}=e;if(ls(n)){let o=()=>i({streamType:n.streamType});o(),b(n,"streamtypechange",o,{signal:t});return}if(!It(n))return;let r=()=>{let{duration:o}=n;return o===Number.POSITIVE_INFINITY?Ue.LIVE:Number.isFinite(o)&&o>0?Ue.ON_DEMAND:Ue.UNKNOWN},a=()=>i({streamType:r()});a(),b(n,"durationchange",a,{signal:t}),b(n,"loadedmetadata",a,{signal:t}),b(n,"emptied",a,{signal:t}),Yt(n)&&b(n,"progress",a,{signal:t})}});function Xt(e,t={}){return or(e,t)}var Ou=Symbol.for("@videojs/i18n-registry");function xn(){let e=globalThis,t=e[Ou];if(t)return t;let i={layers:new Map,subscribers:new Set};return e[Ou]=i,i}function v0(){for(let e of xn().subscribers)e()}function y0(e){return e.trim().replaceAll("_","-").toLowerCase()}function k0(e){let t=e.indexOf("-x-"),i=(t===-1?e:e.slice(0,t)).indexOf("-u-");return i===-1?e:e.slice(0,i)+(t===-1?"":e.slice(t))}function x0(e){if(e[0]!=="zh")return;let t=e.find(i=>i==="hant"||i==="hans");return t==="hant"?"zh-tw":t==="hans"?"zh-cn":void 0}function ct(e){return k0(y0(e))}function et(e){let t=ct(e);if(!t)return[he];let i=t.split("-").filter(Boolean),n=[];for(let l=i.length;l>=1;l--)n.push(i.slice(0,l).join("-"));let r=x0(i),a=n.indexOf("zh");r&&a!==-1&&n.splice(a,0,r);let o=[],s=new Set;for(let l of n)s.has(l)||(s.add(l),o.push(l));return s.has(he)||o.push(he),o}function T0(e){let{layers:t}=xn(),i={};for(let n=e.length-1;n>=0;n--){let r=e[n],a=t.get(r);a&&Object.assign(i,a)}return i}function ys(e,t){let{layers:i}=xn(),n=ct(e),r=i.get(n)??{};i.set(n,{...r,...Xt(t)}),v0()}function Tn(e){return T0(et(e))}function wn(e){let{subscribers:t}=xn();return t.add(e),()=>{t.delete(e)}}function Ii(e){return xn().layers.has(ct(e))}var ks={buttons:{play:"Play",pause:"Pause",replay:"Replay",mute:"Mute",unmute:"Unmute"},seek:{forward:"Seek forward {seconds} seconds",backward:"Seek backward {seconds} seconds"},fullscreen:{enter:"Enter fullscreen",exit:"Exit fullscreen"},captions:{enable:"Enable captions",disable:"Disable captions"},pip:{enter:"Enter picture-in-picture",exit:"Exit picture-in-picture"},live:{playing:"Playing live",seekToEdge:"Seek to live edge",badge:"Live"},cast:{start:"Start casting",stop:"Stop casting",connecting:"Connecting"},airplay:{start:"Start AirPlay",stop:"Stop AirPlay"},slider:{seek:"Seek"},time:{current:"Current time",duration:"Duration",remaining:"Remaining",elapsedSuffix:"{duration} elapsed",durationSuffix:"{duration} duration",remainingSuffix:"{duration} remaining",showElapsed:"Show elapsed time, {duration}.",showDuration:"Show duration, {duration}.",showRemaining:"Show remaining time, {duration}.",toggleElapsed:"Toggle between elapsed and remaining time.",toggleDuration:"Toggle between duration and remaining time.",position:"{current} of {duration}",unknown:"Media not loaded, unknown time."},playback:{rate:"Playback rate {rate}"},volume:{mutedValue:"{percent}, muted",muted:"Muted",label:"Volume",value:"Volume {value}"},status:{captionsOn:"Captions on",captionsOff:"Captions off",paused:"Paused",playing:"Playing",fullscreen:"Fullscreen",pip:"Picture in picture",exitPip:"Exit picture in picture",seekedTo:"Seeked to {time}"},container:{label:"Media player"},errors:{aborted:"You stopped media playback before it finished.",network:"This media could not be loaded due to a network or server issue.",decode:"This media could not be played. It may be corrupted, or your browser may not support its format.",source:"This media could not be loaded. It may be unavailable, or your browser may not support its format.",encrypted:"This media could not be played because it could not be decrypted.",unplayable:"This media is unsupported by the player.",title:"Something went wrong.",unexpected:"An unexpected error occurred."},common:{empty:"",ok:"OK"},menu:{settings:"Settings",quality:"Quality",audio:"Audio",default:"Default",speed:"Speed",captions:"Captions",playbackRate:"Playback rate",back:"Back",off:"Off",auto:"Auto",autoWithLabel:"Auto ({label})",subtitles:"Subtitles"}};var w0=/\{([^{}]+)\}/g,S0=/\{\s*(\d+)\s*\}/g;function E0(e){let t=[];return{masked:e.replace(w0,(i,n)=>(t.push(n),`{${t.length-1}}`)),slots:t}}function C0(e,t){return e.replace(S0,(i,n)=>{let r=t[Number(n)];return r!==void 0?`{${r}}`:i})}async function P0(e,t){let{masked:i,slots:n}=E0(t);return n.length===0?e.translate(t):C0(await e.translate(i),n)}var Lu=new Map;function A0(){if("Translator"in globalThis)return globalThis.Translator}function xs(e){for(let t of et(e))if(!wi(t))return t}function Ts(e,t,i){return xs(e)?t.some(n=>!wi(n))?i!==void 0&&I0(i):!et(e).some(n=>!wi(n)&&Ii(n)):!1}function I0(e){let t=Xt(ks);return Object.keys(t).some(i=>e[i]===void 0)}async function ws(e,t){let i=xs(e);if(!i)return{};let n=Lu.get(i);if(n)return n;let r=A0();if(!r)return{};let a=t?.downloadIfNeeded??!1,o=await r.availability({sourceLanguage:he,targetLanguage:i});if(o==="unavailable")return{};if(!a&&o!=="available")return{};let s=a&&(o==="downloadable"||o==="downloading"),l=!1,d=()=>{!s||l||(l=!0,t?.onModelDownload?.start?.(i))};d();let c=Xt(ks),u=Object.keys(c),p=await r.create({sourceLanguage:he,targetLanguage:i,...a?{monitor(g){g.addEventListener("downloadprogress",d)}}:{}});l&&t?.onModelDownload?.finish?.(i);let m=await Promise.all(u.map(async g=>{let f=c[g];return f?[g,await P0(p,f)]:[g,""]})),h=Object.fromEntries(m);return Lu.set(i,h),h}var Ex={ar:()=>Promise.resolve().then(()=>(zu(),Nu)),az:()=>Promise.resolve().then(()=>(Fu(),Vu)),bs:()=>Promise.resolve().then(()=>(_u(),ju)),bg:()=>Promise.resolve().then(()=>(Bu(),Uu)),bn:()=>Promise.resolve().then(()=>(qu(),Hu)),ca:()=>Promise.resolve().then(()=>(Ku(),Wu)),cs:()=>Promise.resolve().then(()=>($u(),Gu)),cy:()=>Promise.resolve().then(()=>(Xu(),Yu)),da:()=>Promise.resolve().then(()=>(Qu(),Zu)),de:()=>Promise.resolve().then(()=>(ep(),Ju)),el:()=>Promise.resolve().then(()=>(ip(),tp)),es:()=>Promise.resolve().then(()=>(rp(),np)),et:()=>Promise.resolve().then(()=>(op(),ap)),eu:()=>Promise.resolve().then(()=>(lp(),sp)),fa:()=>Promise.resolve().then(()=>(cp(),dp)),fi:()=>Promise.resolve().then(()=>(pp(),up)),fr:()=>Promise.resolve().then(()=>(fp(),mp)),gd:()=>Promise.resolve().then(()=>(gp(),hp)),gl:()=>Promise.resolve().then(()=>(vp(),bp)),he:()=>Promise.resolve().then(()=>(kp(),yp)),hi:()=>Promise.resolve().then(()=>(Tp(),xp)),hr:()=>Promise.resolve().then(()=>(Sp(),wp)),hu:()=>Promise.resolve().then(()=>(Cp(),Ep)),id:()=>Promise.resolve().then(()=>(Ap(),Pp)),it:()=>Promise.resolve().then(()=>(Mp(),Ip)),ja:()=>Promise.resolve().then(()=>(Dp(),Rp)),ko:()=>Promise.resolve().then(()=>(Lp(),Op)),lt:()=>Promise.resolve().then(()=>(zp(),Np)),lv:()=>Promise.resolve().then(()=>(Fp(),Vp)),mr:()=>Promise.resolve().then(()=>(_p(),jp)),nb:()=>Promise.resolve().then(()=>(Bp(),Up)),nl:()=>Promise.resolve().then(()=>(qp(),Hp)),nn:()=>Promise.resolve().then(()=>(Kp(),Wp)),ne:()=>Promise.resolve().then(()=>($p(),Gp)),oc:()=>Promise.resolve().then(()=>(Xp(),Yp)),pl:()=>Promise.resolve().then(()=>(Qp(),Zp)),"pt-br":()=>Promise.resolve().then(()=>(Es(),Jp)),"pt-pt":()=>Promise.resolve().then(()=>(tm(),em)),ro:()=>Promise.resolve().then(()=>(nm(),im)),ru:()=>Promise.resolve().then(()=>(am(),rm)),sk:()=>Promise.resolve().then(()=>(sm(),om)),sl:()=>Promise.resolve().then(()=>(dm(),lm)),sr:()=>Promise.resolve().then(()=>(um(),cm)),sv:()=>Promise.resolve().then(()=>(mm(),pm)),te:()=>Promise.resolve().then(()=>(hm(),fm)),th:()=>Promise.resolve().then(()=>(bm(),gm)),tr:()=>Promise.resolve().then(()=>(ym(),vm)),uk:()=>Promise.resolve().then(()=>(xm(),km)),vi:()=>Promise.resolve().then(()=>(wm(),Tm)),"zh-cn":()=>Promise.resolve().then(()=>(Ps(),Sm)),"zh-tw":()=>Promise.resolve().then(()=>(Cm(),Em)),pt:()=>Promise.resolve().then(()=>(Am(),Pm)),zh:()=>Promise.resolve().then(()=>(Mm(),Im))};async function As(e){if(!Ii(e))for(let t of et(e)){if(Ii(t))return;let i=Ex[ct(t)];if(i)return Xt((await i()).default)}}function oe(e){return typeof e=="string"?e:e.text}function Is(e){return re(e)&&"key"in e&&"text"in e}var Cx=/\{([^{}]+)\}/g;function $r(e,t){return t?e.replace(Cx,(i,n)=>Object.hasOwn(t,n)?String(t[n]):i):e}function H(e,t,i){return typeof e=="string"?e:typeof t=="function"?t(e,i):$r(oe(e),t??i)}function Sn(e,t){return(n,r)=>{let a=r,o=typeof n!="string",s=o?n.key:n,l=e[s],d=a?.default,c=a?{...a}:void 0;c&&delete c.default;let u=l??(o?n.text:d)??String(s);return $r(u,c)}}function Dm(e,t){return e.id||`track:${t}:${e.kind}:${e.language}:${e.label}`}function Rm(e){return Array.from(e.textTracks).map((t,i)=>({id:Dm(t,i),track:t})).filter(({track:t})=>Ce(t)).sort((t,i)=>t.track.kind>i.track.kind?1:t.track.kind<i.track.kind?-1:0)}function Yr(e,t){for(let{track:i}of e){let n=i===t?"showing":"disabled";i.mode!==n&&(i.mode=n)}}function Px(e){return yo(e)?null:e.toLowerCase()==="use-credentials"?"use-credentials":"anonymous"}function Ax(e,t){let i=ct(t),n=et(t);i!==he&&!i.startsWith(`${he}-`)&&n.pop();for(let r of n){let a=e.find(({track:s})=>ct(s.language)===r);if(a)return a;let o=e.find(({track:s})=>ct(s.language).startsWith(`${r}-`));if(o)return o}}var Xr=Q({name:"textTrack",state:({target:e})=>{let t=null;return{chaptersCues:[],thumbnailCues:[],thumbnailTrackSrc:null,thumbnailTrackCrossOrigin:null,textTrackList:[],subtitlesShowing:!1,toggleSubtitles(i){let{media:n}=e();if(!vn(n))return!1;let r=Rm(n);if(!r.length)return!1;let a=r.find(({track:l})=>l.mode==="showing"),o=i??!a;if(a&&(t=a.id),!o)return Yr(r,null),!1;let s=a??r.find(({id:l})=>l===t)??Ax(r,globalThis.navigator?.language??"")??r[0];return t=s.id,Yr(r,s.track),!0},selectSubtitlesTrack(i){let{media:n}=e();if(!vn(n))return;let r=Rm(n);if(!r.length)return;if(i==="off"){let o=r.find(({track:s})=>s.mode==="showing");o&&(t=o.id),Yr(r,null);return}let a=r.find(({id:o})=>o===i);a&&(t=a.id,Yr(r,a.track))}}},attach({target:e,signal:t,set:i}){let{media:n}=e;if(!vn(n))return;let r=null,a=()=>{r?.abort(),r=new AbortController;let s=null,l=null,d=[],c=!1;for(let y=0;y<n.textTracks.length;y++){let w=n.textTracks[y];!s&&w.kind==="chapters"&&(s=w),!l&&w.kind==="metadata"&&w.label==="thumbnails"&&(l=w),d.push({id:Dm(w,y),kind:w.kind,label:w.label,language:w.language,mode:w.mode}),Ce(w)&&w.mode==="showing"&&(c=!0)}let u=s?.cues?Array.from(s.cues):[],p=l?.cues?Array.from(l.cues):[],m=null,h=null;l&&(m=ns(n,l)?.src??null,h=Ne(n)?Px(n.crossOrigin):null);let g=us(n)&&n.querySelectorAll("track")||[],f=n instanceof HTMLElement&&n.shadowRoot?.querySelectorAll("track")||[];for(let y of[...g,...f])y.track?.cues?.length||b(y,"load",a,{signal:r.signal});i({chaptersCues:u,thumbnailCues:p,thumbnailTrackSrc:m,thumbnailTrackCrossOrigin:h,textTrackList:d,subtitlesShowing:c})};a();let o=n.textTracks;o instanceof EventTarget&&(b(o,"addtrack",a,{signal:t}),b(o,"removetrack",a,{signal:t}),b(o,"change",a,{signal:t})),b(n,"loadstart",a,{signal:t}),t.addEventListener("abort",()=>r?.abort(),{once:!0})}});var Om={seek:Symbol.for("@videojs/seek")};var Zr=Q({name:"time",state:({target:e,signals:t,set:i})=>({currentTime:0,duration:0,seeking:!1,async seek(n){let{media:r}=e(),a=t.supersede(Om.seek);if(!It(r)||!Ne(r))return 0;if(!Gt(r)&&!await ur(r,"loadedmetadata",{signal:a}).catch(()=>!1))return r.currentTime;let o=Math.max(0,Math.min(n,r.duration||1/0));return i({currentTime:o,seeking:!0}),r.currentTime=o,await ur(r,"seeked",{signal:a}).catch(ye),r.currentTime}}),attach({target:e,signal:t,set:i,get:n}){let{media:r}=e;if(!It(r))return;let a=()=>{let{duration:l}=r;if(l===Number.POSITIVE_INFINITY&&Yt(r)){let{seekable:d}=r;return d.length>0?d.end(d.length-1):0}return Number.isFinite(l)?l:0},o=()=>i({currentTime:r.currentTime,duration:a(),seeking:r.seeking}),s=()=>{n().seeking||o()};o(),b(r,"timeupdate",s,{signal:t}),b(r,"durationchange",o,{signal:t}),b(r,"seeking",o,{signal:t}),b(r,"seeked",o,{signal:t}),b(r,"loadedmetadata",o,{signal:t}),b(r,"emptied",o,{signal:t}),b(r,"progress",s,{signal:t})}});var Ix=.25,Qr=Q({name:"volume",state:({target:e,set:t})=>({volume:1,muted:!1,volumeAvailability:"unavailable",mutedAvailability:"unavailable",setVolume(i){let{media:n}=e();if(!bn(n))return 0;let r=Math.max(0,Math.min(1,i));return r>0&&n.muted&&(n.muted=!1),n.volume=r,t({volume:n.volume,muted:n.muted}),n.volume},toggleMuted(){let{media:i}=e();return Ir(i)?bn(i)?(i.muted||i.volume===0?(i.muted=!1,i.volume===0&&(i.volume=Ix)):i.muted=!0,i.muted):(i.muted=!i.muted,i.muted):!1}}),attach({target:e,signal:t,set:i}){let{media:n}=e,r=bn(n),a=Ir(n);if(!r&&!a)return;i({volumeAvailability:r?Mx():"unavailable",mutedAvailability:a?"available":"unavailable"});let o=()=>i({volume:r?n.volume:1,muted:a?n.muted:!1});o(),b(n,"volumechange",o,{signal:t})}});function Mx(){let e=document.createElement("video");try{return e.volume=.5,e.volume===.5?"available":"unsupported"}catch{return"unsupported"}}function Ms(...e){let t=e.map(i=>i.derived??{});return{state:i=>{let n=e.map(r=>r.state(i));return Object.assign({},...n)},preserve:Array.from(new Set(e.flatMap(i=>i.preserve??[]))),derived:Object.assign({},...t),attach:i=>{for(let n of e)try{n.attach?.(i)}catch(r){i.reportError(r)}}}}var Rx={target:yi,signals:new sr,get:yi,set:yi};function ke(e){let t=e.state(Rx),i=[...Object.keys(t),...Object.keys(e.derived??{})],n=i[0];return n?Object.assign(r=>{if(n in r)return en(r,i)},{displayName:e.name}):Object.assign(()=>{},{displayName:e.name})}var Rs=ke(Or),kt=ke(Lr),tt=ke(zr),Ds=ke(Vr),Zt=ke(Fr),Dx=ke(Pu),Os=ke(Ur),Qt=ke(Br),Be=ke(Hr),Dt=ke(qr),Ls=ke(Wr),En=ke(Kr),Ox=ke(Gr),Lx=ke(Du),Ie=ke(Xr),Me=ke(Zr),ze=ke(Qr);var ut={seekStep({store:e,value:t,key:i}){let n=Wt("seekStep",i,t),r=Me(e.state);r&&r.seek(r.currentTime+n)},volumeStep({store:e,value:t,key:i}){let n=Wt("volumeStep",i,t),r=ze(e.state);r&&r.setVolume(r.volume+n)},speedUp({store:e}){let t=Dt(e.state);if(!t)return;let{playbackRates:i,playbackRate:n}=t,r=i.indexOf(n),a=r<0||r>=i.length-1?0:r+1;t.setPlaybackRate(i[a])},speedDown({store:e}){let t=Dt(e.state);if(!t)return;let{playbackRates:i,playbackRate:n}=t,r=i.indexOf(n),a=r<=0?i.length-1:r-1;t.setPlaybackRate(i[a])}};var Nx={seekStep:ut.seekStep,volumeStep:ut.volumeStep,speedUp:ut.speedUp,speedDown:ut.speedDown};function Ns(e){let t=Nx[e];return t||(({store:i})=>{let n=i.state[e];V(n)&&n()})}var Lm=class{#e=0;#t=null;handleUp(e,t){if(e.resolve("doubletap").length>0){let i=Date.now();if(i-this.#e<200){this.#i(),this.#e=0,e.resolve("doubletap")[0]?.onActivate(t);return}this.#e=i,this.#i(),this.#t=setTimeout(()=>{this.#t=null,this.#e=0,e.resolve("tap")[0]?.onActivate(t)},200);return}e.resolve("tap")[0]?.onActivate(t)}#i(){this.#t!==null&&(clearTimeout(this.#t),this.#t=null)}reset(){this.#i(),this.#e=0}};var Nm=new WeakMap;function zm(e){let t=Nm.get(e);return t||(t=new Lm,Nm.set(e,t),t)}function zs(e,t,i){return kn(e).add({type:"tap",recognizer:zm(e),onActivate:t,pointer:i?.pointer,region:i?.region,disabled:i?.disabled,action:i?.action,value:i?.value})}function Vs(e,t,i){return kn(e).add({type:"doubletap",recognizer:zm(e),onActivate:t,pointer:i?.pointer,region:i?.region,disabled:i?.disabled,action:i?.action,value:i?.value})}function Fs(e){return e.startsWith("toggle")}var zx={togglePaused({store:e}){let t=Be(e.state);t&&(t.paused?t.play():t.pause())},toggleMuted({store:e}){ze(e.state)?.toggleMuted()},toggleFullscreen({store:e}){let t=Zt(e.state);t&&(t.fullscreen?t.exitFullscreen():t.requestFullscreen())},toggleSubtitles({store:e}){Ie(e.state)?.toggleSubtitles()},togglePictureInPicture({store:e}){let t=Qt(e.state);t&&(t.pip?t.exitPictureInPicture():t.requestPictureInPicture())},seekStep:ut.seekStep,volumeStep:ut.volumeStep,speedUp:ut.speedUp,speedDown:ut.speedDown,seekToPercent({store:e,value:t,key:i}){let n=Me(e.state);if(!n)return;let r=kt(e.state),a=vt({duration:n.duration,seekable:r?.seekable??[]});if(a<=0)return;let o;if(!L(t))o=t;else if(i>="0"&&i<="9")o=Number(i)*10;else return;n.seek(o/100*a)}};function js(e){return zx[e]}var Vx={shift:"Shift",ctrl:"Control",alt:"Alt",meta:"Meta"},Fx={shift:"Shift",ctrl:"Ctrl",alt:"Alt",meta:"Meta"},Vm=["ctrl","shift","alt","meta"];function Fm(e){return e.map(t=>{let i=[];for(let n of Vm)t.modifiers.has(n)&&i.push(Vx[n]);return i.push(t.originalKey),i.join("+")}).join(" ")}function jm(e){let t=[];for(let i of Vm)e.modifiers.has(i)&&t.push(Fx[i]);return t.push(jx(e.originalKey)),t.join("+")}function jx(e){return e.length===1?e.toUpperCase():e}var _m=class{#e;#t=[];#i=0;#n=null;#r=null;#a=new Set;#o=new Set;#l=!1;constructor(e){this.#e=e}subscribe(e){return this.#a.add(e),()=>this.#a.delete(e)}subscribeShortcutChanges(e){return this.#o.add(e),()=>this.#o.delete(e)}add(e){let t={parsed:Jr(e.keys),options:e,id:this.#i++};this.#t.push(t),this.#s(),e.target==="document"?this.#c():this.#d(),this.#h();let i=!1;return()=>{if(i)return;i=!0;let n=this.#t.indexOf(t);n!==-1&&this.#t.splice(n,1),this.#u(),this.#h()}}getAriaKeys(e){return this.getShortcut(e).aria}getShortcut(e,t){let i=this.#f(e,t);if(!i.length)return{};let n=i.flatMap(a=>a.parsed),r=i[i.length-1];return{aria:Fm(n),shortcut:this.#m(r)}}destroy(){this.#l||(this.#l=!0,this.#n?.abort(),this.#n=null,this.#r?.abort(),this.#r=null,this.#t=[],this.#h(),this.#a.clear(),this.#o.clear())}#s(){this.#t.sort((e,t)=>{let i=t.parsed[0].modifiers.size-e.parsed[0].modifiers.size;return i!==0?i:e.id-t.id})}#d(){this.#n||(this.#n=new AbortController,b(this.#e,"keydown",this.#p,{signal:this.#n.signal}))}#c(){this.#r||(this.#r=new AbortController,b(document,"keydown",this.#p,{signal:this.#r.signal}))}#u(){let e=this.#t.some(i=>i.options.target!=="document"),t=this.#t.some(i=>i.options.target==="document");e||(this.#n?.abort(),this.#n=null),t||(this.#r?.abort(),this.#r=null)}#p=e=>{if(Ci(this.#e)||e.key==="Unidentified"||dn(e)||e.defaultPrevented)return;let t=Vo(e);for(let i of this.#t){let{options:n,parsed:r}=i;if(!n.disabled&&!(e.repeat&&n.repeatable===!1)&&n.target==="document"==(e.currentTarget===document)){for(let a of r)if(_s(a,e)&&!(t&&a.modifiers.size===0)){if(this.#a.size>0){let o={source:"hotkey",action:n.action,value:n.value,event:e};for(let s of this.#a)try{s(o)}catch{}}e.preventDefault(),n.onActivate(e,a.originalKey);return}}}};#f(e,t){return this.#t.filter(i=>i.options.disabled||i.options.action!==e?!1:L(t)?!0:i.options.value===t).sort((i,n)=>i.id-n.id)}#m(e){return e.options.keys==="0-9"?e.options.keys:jm(e.parsed[0])}#h(){for(let e of this.#o)e()}};var _x=new Set(["shift","ctrl","alt","meta"]);function Jr(e){if(e==="0-9")return Array.from({length:10},(r,a)=>({modifiers:new Set,key:String(a),originalKey:String(a)}));let t=e.split("+"),i=t.pop(),n=new Set;for(let r of t){let a=r.toLowerCase();a==="mod"?n.add(Xo()?"meta":"ctrl"):_x.has(a)&&n.add(a)}return[{modifiers:n,key:i==="Space"?" ":i.toLowerCase(),originalKey:i}]}function Ux(e){return e.length===1&&!/[a-z]/i.test(e)}function _s(e,t){if(t.key==="Unidentified"||t.key.toLowerCase()!==e.key)return!1;let i=Ux(t.key),n=i?t.shiftKey&&e.modifiers.has("shift"):t.shiftKey,r=i?t.altKey&&e.modifiers.has("alt"):t.altKey;return!(n!==e.modifiers.has("shift")||t.ctrlKey!==e.modifiers.has("ctrl")||r!==e.modifiers.has("alt")||t.metaKey!==e.modifiers.has("meta"))}var Um=new WeakMap;function Jt(e){let t=Um.get(e);return t||(t=new _m(e),Um.set(e,t)),t}function Us(e,t){let i=Jt(e),n=Jr(t.keys)[0]?.originalKey;return i.add({...t,value:Wt(t.action??"",n,t.value)})}var Cn="hotkey-shortcut-change";var Bs=[Hr,qr,Wr,Or,Qr,Zr,Gr,Lr,Fr,Br,Kr,zr,Xr,Vr,Ur];function Pn(e){let{onActivate:t,isDisabled:i}=e;return{role:"button",tabIndex:0,onClick(n){if(i()){n.preventDefault();return}t(n,(n.detail??0)>0?"pointer":"virtual")},onPointerDown(n){i()&&n.preventDefault()},onMouseDown(n){i()&&n.preventDefault()},onKeyDown(n){if(n.target===n.currentTarget){if(i()){n.key!=="Tab"&&n.preventDefault();return}n.key==="Enter"?(n.preventDefault(),t(n,"keyboard")):n.key===" "&&n.preventDefault()}},onKeyUp(n){n.target===n.currentTarget&&(i()||n.key===" "&&t(n,"keyboard"))}}}var Bm="group";function Hs(e){e.hasAttribute("role")||e.setAttribute("role",Bm),e.hasAttribute("tabindex")||e.setAttribute("tabindex",String(0))}function qs(e){let t=je(e.ownerDocument);(!t||t===e.ownerDocument.body||!Le(e,t))&&e.focus({preventScroll:!0})}function ea(e){let{transition:t}=e,i=t.state,n=new AbortController,r=null;function a(p){if(n.signal.aborted)return null;let{active:m,status:h}=i.current;return m&&h!=="ending"?null:(h==="ending"&&t.cancel(),t.open(p))}function o(p){let{active:m,status:h}=i.current;return n.signal.aborted||!m||h==="ending"?null:t.close(p)}function s(){if(l(),typeof document>"u")return;r=new AbortController;let{signal:p}=r;b(document,"keydown",d,{signal:p}),e.onDocumentActive?.(p)}function l(){r?.abort(),r=null}function d(p){p.key==="Escape"&&(p.defaultPrevented||i.current.active&&(e.closeOnEscape?.()??!0)&&e.onEscapeDismiss(p))}let c=i.subscribe(()=>{i.current.active&&i.current.status!=="ending"?s():l()});n.signal.addEventListener("abort",()=>{c(),t.destroy(),l()});function u(){n.signal.aborted||n.abort()}return{input:i,open:a,close:o,signal:n.signal,destroy:u}}function Ws(e){let t=null,i=null,n=null,r=null,a=null,o=null,s=0,l=new Map,d=G({documentModal:!0}),c=ea({transition:e.transition,closeOnEscape:e.closeOnEscape,onEscapeDismiss(v){x(v)&&(v.preventDefault(),v.stopPropagation(),m())},onDocumentActive(v){b(document,"keydown",g,{capture:!0,signal:v}),b(document,"focusin",f,{signal:v})}}),u=c.input;function p(){n=je();let v=c.open(()=>t);v&&(T(),R(),e.onOpenChange(!0),h(),v.then(()=>{c.signal.aborted||!u.current.active||u.current.status!=="idle"||e.onOpenChangeComplete?.(!0)}))}function m(){let v=c.close(t);v&&(cancelAnimationFrame(s),s=0,e.onOpenChange(!1),v.then(()=>{if(c.signal.aborted||u.current.active)return;let N=je(),ee=a&&N instanceof Element&&!Le(a,N);S();let q=i?.isConnected?i:n;!ee&&q?.isConnected&&q.focus(),n=null,e.onOpenChangeComplete?.(!1)}))}function h(){cancelAnimationFrame(s),s=requestAnimationFrame(()=>{s=0,!(c.signal.aborted||!u.current.active||!t)&&(t.querySelector("[autofocus]")??ln(t)[0]??t).focus()})}function g(v){if(v.key!=="Tab"||!u.current.active||!t||!d.current.documentModal)return;let N=ln(t);if(N.length===0){v.preventDefault(),t.focus();return}let ee=je(),q=N[0],Pt=N[N.length-1];v.shiftKey&&(ee===q||!ee||!Le(t,ee))?(v.preventDefault(),Pt.focus()):!v.shiftKey&&(ee===Pt||!ee||!Le(t,ee))&&(v.preventDefault(),q.focus())}function f(v){!u.current.active||!t||v.target instanceof Element&&Le(t,v.target)||a&&v.target instanceof Element&&!Le(a,v.target)||(ln(t)[0]??t).focus()}function y(v){i=v}function w(v){t!==v&&S(),t=v,T(),v&&u.current.active&&R();let N=je();v&&u.current.active&&(!N||!Le(v,N))&&h()}function I(v){r!==v&&(S(),r=v,T(),t&&u.current.active&&R())}return c.signal.addEventListener("abort",()=>{cancelAnimationFrame(s),s=0,S(),t=null,i=null,n=null,r=null,a=null}),{input:u,modality:d,triggerProps:{onClick(){p()}},open:p,close:m,setTriggerElement:y,setPopupElement:w,setInteractionRoot:I,destroy:c.destroy};function R(){!t?.isConnected||l.size>0||o||(T(),bt(t,v=>{if(v===a||v===t?.ownerDocument.body)return!0;if(v.assignedSlot){for(let q of v.assignedSlot.assignedElements({flatten:!0}))q!==v&&q instanceof HTMLElement&&B(q);return}let N=v.parentElement;if(N){for(let q of N.children)q!==v&&q instanceof HTMLElement&&B(q);return}let ee=v.getRootNode();if(ee instanceof ShadowRoot)for(let q of ee.children)q!==v&&q instanceof HTMLElement&&B(q)},{composed:!0}),a&&(o=vu(a)))}function B(v){l.set(v,v.hasAttribute("inert")),v.setAttribute("inert","")}function S(){for(let[v,N]of l)N||v.removeAttribute("inert");l.clear(),o?.(),o=null}function T(){a=r&&t&&Le(r,t)?r:null,d.patch({documentModal:!a})}function x(v){if(!a)return!0;let N=v.target instanceof Element?v.target:je();return N instanceof Element&&Le(a,N)}}var ei={transitionStarting:"data-starting-style",transitionEnding:"data-ending-style"};function pt(e){return{transitionStarting:e==="starting",transitionEnding:e==="ending"}}var xt=class{#e=null;#t;#i;constructor(e,t){this.#t=e,this.#i=t}arm(){this.clear(),this.#e=setTimeout(()=>{this.#e=null,this.#t()},this.#i())}clear(){this.#e!==null&&(clearTimeout(this.#e),this.#e=null)}close(){this.clear(),this.#t()}destroy(){this.clear()}},Ks=class{#e=new Set;register(e){return this.#e.add(e),()=>this.#e.delete(e)}show(e){for(let t of this.#e)t!==e&&t.close()}};function Tt(e){return e.closeDelay??800}function Gs(e,t){return e.open||t.active}function $s(e,t,i){let n=e.open?e:t;return{...n,open:e.open&&i.active,generation:e.open?e.generation:n.generation,...pt(i.status)}}function qm(e){return{action:e.action,value:e.value,source:e.source,key:"key"in e.event?e.event.key:void 0,repeat:"repeat"in e.event?e.event.repeat:void 0}}function Mi(e){if(!e)return{};let t=e.state,i=Me(t),n=Ie(t);return{paused:Be(t)?.paused,volume:ze(t)?.volume,muted:ze(t)?.muted,playbackRate:Dt(t)?.playbackRate,fullscreen:Zt(t)?.fullscreen,subtitlesShowing:n?.subtitlesShowing,subtitlesAvailable:n?(n.textTrackList??[]).some(Ce):void 0,pip:Qt(t)?.pip,currentTime:i?.currentTime,duration:i?.duration,seeking:i?.seeking}}function Ys(e,t){let i=a=>t(qm(a)),n=kn(e).subscribe(i),r=Jt(e).subscribe(i);return()=>{n(),r()}}var Hm=new WeakMap;function Xs(e){let t=Hm.get(e);return t||(t=new Ks,Hm.set(e,t)),t}function Wm(e){e?.getBoundingClientRect()}function Zs(e,t,i,n){let r=e+i,a=t+n;return{x:e,y:t,width:i,height:n,top:t,right:r,bottom:a,left:e,toJSON(){return{x:e,y:t,width:i,height:n,top:t,right:r,bottom:a,left:e}}}}function Bx(e,t){let i=Math.max(e.left,t.left),n=Math.max(e.top,t.top),r=Math.min(e.right,t.right),a=Math.min(e.bottom,t.bottom);return Zs(i,n,Math.max(0,r-i),Math.max(0,a-n))}function Km(e){let t=document.documentElement.getBoundingClientRect();return e?Bx(t,e.getBoundingClientRect()):t}function Gm(e,t={}){if(!e)return null;if(!bo(e))return e;if(e==="viewport")return null;if(e==="container")return t.container??null;try{return(t.root??document).querySelector(e)}catch{return null}}function ti(e){let{onOpenChange:t,closeOnOutsideClick:i}=e,n=null,r=null,a=null,o=new Set,s=!1,l=null,d=ea({transition:e.transition,closeOnEscape:e.closeOnEscape,onEscapeDismiss(z){z.preventDefault(),T("escape",z)},onDocumentActive(z){b(document,"pointerdown",ee,{capture:!0,signal:z})}}),c=d.input,u={close(z){T(z)},get triggerElement(){return n}};function p(){a!==null&&(clearTimeout(a),a=null)}function m(){return globalThis.matchMedia?.("(hover: hover)")?.matches??!1}function h(){return m()?globalThis.matchMedia?.("(pointer: fine)")?.matches??!1:!1}function g(){return e.openOnHover?.()?m():!0}function f(){s=!1,l!==null&&(clearTimeout(l),l=null)}function y(){s=!0,l!==null&&clearTimeout(l),l=setTimeout(f,500)}function w(){return s?(f(),!0):!1}function I(){return n?n.hasAttribute("disabled")?!0:n.getAttribute("aria-disabled")==="true":!1}function R(){let z=d.open(()=>r);z&&(lt(r),e.group?.()?.open(u),z.then(()=>{d.signal.aborted||!c.current.active||c.current.status!=="idle"||e.onOpenChangeComplete?.(!0)}))}function B(){let z=d.close(r);z&&(e.group?.()?.close(u),z.then(()=>{d.signal.aborted||c.current.active||(dt(r),e.onOpenChangeComplete?.(!1))}))}function S(z,U){if(d.signal.aborted)return;let{active:Fe,status:ot}=c.current;Fe&&ot!=="ending"||(t(!0,U?{reason:z,event:U}:{reason:z}),e.deferOpenChanges||R())}function T(z,U){if(d.signal.aborted)return;let{active:Fe,status:ot}=c.current;!Fe||ot==="ending"||(t(!1,U?{reason:z,event:U}:{reason:z}),e.deferOpenChanges||B())}function x(z="click"){S(z)}function v(z="click"){p(),T(z)}function N(z){e.deferOpenChanges&&(z?R():B())}function ee(z){if(!i()||!c.current.active)return;let U=z.composedPath();if(n&&U.includes(n)||r&&U.includes(r)){y();return}f(),T("outside-click",z)}d.signal.addEventListener("abort",()=>{e.group?.()?.close(u),p(),f(),o.clear(),n=null,r=null});let q={onClick(z){g()&&(I()||(c.current.active&&c.current.status!=="ending"?T("click",z):S("click",z)))},onPointerEnter(z){if(!e.openOnHover?.()||!m()||(p(),c.current.active))return;let U=e.delay?.()??300;a=setTimeout(()=>S("hover"),U)},onPointerLeave(z){if(!e.openOnHover?.()||!m()||(p(),!c.current.active))return;let U=e.closeDelay?.()??0;a=setTimeout(()=>T("hover"),U)},onFocusIn(z){if(e.openOnHover?.()){if(!h())return;S("focus")}},onFocusOut(z){let U=z.relatedTarget;U&&(n?.contains(U)||r?.contains(U))||e.openOnHover?.()&&T("blur")}},Pt={onPointerEnter(z){e.openOnHover?.()&&p()},onPointerLeave(z){if(!e.openOnHover?.()||o.size>0||(p(),!c.current.active))return;let U=e.closeDelay?.()??0;a=setTimeout(()=>T("hover"),U)},onGotPointerCapture(z){o.add(z.pointerId)},onLostPointerCapture(z){o.delete(z.pointerId)},onFocusOut(z){let U=z.relatedTarget;if(!(U&&(n?.contains(U)||r?.contains(U)))&&!w()){if(U!==null){T("blur");return}requestAnimationFrame(()=>{requestAnimationFrame(()=>{if(!c.current.active||c.current.status==="ending"||c.current.status==="starting")return;let Fe=je(r?.ownerDocument);Fe&&(n?.contains(Fe)||r?.contains(Fe))||T("blur")})})}}};function bi(z){n=z}function vi(z){!z&&r&&c.current.active&&dt(r),r=z,z&&c.current.active&&lt(z)}return{input:c,triggerProps:q,popupProps:Pt,get triggerElement(){return n},setTriggerElement:bi,setPopupElement:vi,open:x,close:v,syncOpen:N,destroy:d.destroy}}var ii={item:"data-item",highlighted:"data-highlighted"};var Ot={width:"--media-menu-width",height:"--media-menu-height",availableWidth:"--media-menu-available-width",availableHeight:"--media-menu-available-height"};var it={sideOffset:"--media-popover-side-offset",alignOffset:"--media-popover-align-offset",boundaryOffset:"--media-popover-boundary-offset",anchorWidth:"--media-popover-anchor-width",anchorHeight:"--media-popover-anchor-height",availableWidth:"--media-popover-available-width",availableHeight:"--media-popover-available-height"};function An(e){let{key:t}=e;return t==="ArrowDown"||t==="ArrowUp"||t==="ArrowLeft"||t==="ArrowRight"||t==="Home"||t==="End"||t==="Enter"||t===" "||t==="Escape"||t.length===1&&!e.ctrlKey&&!e.altKey&&!e.metaKey}function Qs(e,t){return!e||!t?null:{side:e,align:t}}var Js={...it,availableWidth:Ot.availableWidth,availableHeight:Ot.availableHeight},ni=new WeakMap;function In(e){e.close()}function Mn(e){let t=[],i=null,n=null,r=null,a=null,o=new Set,s=new Map,l="",d=null,c=null,u=0,p=null,m;function h(E){let $=E.getAttribute("data-availability");return!!(E.hidden||E.hasAttribute("data-hidden")||E.getAttribute("aria-hidden")==="true"||$==="unavailable"||$==="unsupported")}function g(){return t.filter(E=>!h(E))}function f(E){if(t.length===0)return null;let $=i?t.indexOf(i):E===1?-1:0;for(let le=1;le<=t.length;le++){let ho=($+E*le+t.length)%t.length,Ji=t[ho];if(Ji&&!h(Ji))return Ji}return null}function y(E,$){if(!E&&u&&(cancelAnimationFrame(u),u=0),E&&h(E)){E===i&&y(f(1),$);return}if(i===E){E?.setAttribute(ii.highlighted,$?.pointer===!0?"pointer":"");return}let le=i;le&&(le.tabIndex=-1),i=E,E?(E.tabIndex=0,E.setAttribute(ii.highlighted,$?.pointer===!0?"pointer":""),le&&vi(E,le)<0&&$?.pointer&&Wm(E.parentElement),le?.removeAttribute(ii.highlighted),$?.focus!==!1&&($?.preventScroll?E.focus({preventScroll:!0}):E.focus())):le?.removeAttribute(ii.highlighted),e.onHighlightChange?.(E)}function w(){i&&(i.tabIndex=-1,i.removeAttribute(ii.highlighted),i=null,e.onHighlightChange?.(null))}function I(E){y(g()[0]??null,E)}function R(E){p==="imperative-action"||p==="group-open"||p==="blur"||p==="outside-click"||(E?n?.focus(E):n?.focus())}function B(){let E=g();return E.find($=>$.matches('[role="menuitemradio"][aria-checked="true"], [aria-selected="true"]'))??E[0]??null}function S(){d!==null&&(clearTimeout(d),d=null),l=""}function T(){cancelAnimationFrame(u),u=requestAnimationFrame(()=>{u=0,!(!v.input.current.active||v.input.current.status==="ending"||i)&&y(B(),{preventScroll:!0})})}function x(E){l=l.length===1&&l.toLowerCase()===E.toLowerCase()?E:l+E,d!==null&&clearTimeout(d),d=setTimeout(S,500);let $=g(),le=(i?$.indexOf(i):-1)+1,ho=[...$.slice(le),...$.slice(0,le)],Ji=l.toLowerCase(),iu=ho.find(Ek=>(Ek.textContent?.trim().toLowerCase()??"").startsWith(Ji));iu&&y(iu)}let v=ti({transition:e.transition,deferOpenChanges:!0,onOpenChange(E,$){p=E?null:$.reason,e.onOpenChange(E,$),E?T():(w(),S())},onOpenChangeComplete(E){e.onOpenChangeComplete?.(E),E||R()},closeOnEscape:e.closeOnEscape,closeOnOutsideClick:e.closeOnOutsideClick,...e.group?{group:e.group}:{}}),N={onFocusOut(E){if(E.relatedTarget===null&&Fe()){c=E;return}v.popupProps.onFocusOut(E)},onKeyDown(E){let{key:$}=E,le=g();if($!=="Escape"&&An(E)&&!E.defaultPrevented&&E.preventDefault(),le.length!==0)switch($){case"ArrowDown":E.preventDefault(),y(f(1));break;case"ArrowUp":E.preventDefault(),y(f(-1));break;case"Home":E.preventDefault(),y(le[0]??null);break;case"End":E.preventDefault(),y(le[le.length-1]??null);break;case"Enter":case" ":E.preventDefault(),i&&le.includes(i)&&i.click();break;default:$.length===1&&!E.ctrlKey&&!E.altKey&&!E.metaKey&&x($)}}};function ee(E){let $=v.input.current;!$.active||$.status==="ending"||E.key!=="Escape"&&An(E)&&(N.onKeyDown(E),E.stopPropagation())}function q(E){n=E,v.setTriggerElement(E)}function Pt(E){r=E}function bi(E){a=E,v.setPopupElement(E)}function vi(E,$){if(E===$)return 0;let le=E.compareDocumentPosition($);return le&Node.DOCUMENT_POSITION_FOLLOWING?-1:le&Node.DOCUMENT_POSITION_PRECEDING?1:0}function z(E){let $=()=>y(E,{focus:!1});return E.tabIndex=-1,E.setAttribute(ii.item,""),E.addEventListener("focus",$),t.push(E),t.sort(vi),v.input.current.active&&v.input.current.status!=="ending"&&!i&&T(),()=>{E.removeEventListener("focus",$);let le=t.indexOf(E);le!==-1&&t.splice(le,1),i===E&&w()}}function U(E){o.add(E),ni.set(E,m);let $=E.input.subscribe(ot);return s.set(E,$),()=>{o.delete(E),ni.get(E)===m&&ni.delete(E),s.get(E)?.(),s.delete(E),ot()}}function Fe(){return[...o].some(({input:E})=>E.current.status==="ending")}function ot(){if(!c||Fe())return;let E=c;c=null,v.popupProps.onFocusOut(E)}function Qi(E){if(E)ni.get(m)?.highlight(null);else for(let $ of o)$.close("imperative-action");v.syncOpen(E)}function pe(){cancelAnimationFrame(u),u=0,S();for(let E of s.values())E();for(let E of o)ni.get(E)===m&&ni.delete(E);s.clear(),o.clear(),ni.delete(m),c=null,v.destroy()}return m={input:v.input,triggerProps:{onClick:v.triggerProps.onClick,onKeyDown:ee},contentProps:N,get triggerElement(){return n},get contentElement(){return r},get popupElement(){return a},setTriggerElement:q,setContentElement:Pt,setPopupElement:bi,registerItem:z,registerSubmenu:U,highlight:y,highlightFirstItem:I,restoreFocus:R,open:v.open,close:v.close,syncOpen:Qi,destroy:pe},m}var Rn={open:"data-open",side:"data-side",align:"data-align",...ei},wt={open:"data-open",isSubmenu:"data-submenu",childOpen:"data-child-open",...ei},Hx={...Rn,...wt};function el(){let e=new Set,t=null,i=0;function n(){cancelAnimationFrame(i),u(),i=requestAnimationFrame(u)}function r(g){return[...e].filter(f=>f.parent===g)}function a(g){return r(g).find(({menu:f})=>{let y=f.input.current;return y.active&&y.status!=="ending"})??null}function o(){let g=[...e].find(f=>f.parent===null)??null;for(;g;){let f=a(g.menu);if(!f)return g;g=f}return null}function s(g,f){f?(g.element.setAttribute("aria-hidden","true"),g.element.setAttribute("inert","")):rn(g.element,g.accessibility)}function l(g){return bt(g,f=>{let y=Uo(f,Ot.availableWidth);return y!==null&&y>0?y:void 0})??null}function d(g){if(g.scrollHeight<=g.clientHeight)return 0;let f=getComputedStyle(g),y=(Number.parseFloat(f.borderInlineStartWidth)||0)+(Number.parseFloat(f.borderInlineEndWidth)||0);return Math.max(0,g.offsetWidth-g.clientWidth-y)}function c(g,f){let y=Lo(g,w=>w instanceof HTMLElement&&!w.hidden);return y.length===0?cn(g,{overflow:"both",styles:{width:"max-content",height:"auto",minWidth:"0px",maxWidth:"none"}}):Bo(g,{children:y,includePadding:!0,maxWidth:f,measure:(w,I)=>cn(w,{overflow:"both",styles:{insetInlineStart:"0px",insetInlineEnd:"auto",width:I===void 0?"max-content":`${I}px`,height:"auto",minWidth:"0px",maxWidth:"none"}})})}function u(){if(!t)return;for(let v of e){let N=a(v.menu);N?(v.menu.highlight(null),v.element.setAttribute(wt.childOpen,"")):v.element.removeAttribute(wt.childOpen);let ee=v.menu.input.current,q=v.parent!==null&&ee.active&&ee.status==="ending";s(v,N!==null||q)}let g=o();if(!g)return;let f=g.parent===null?vr(t):null,y=f?yr(f):0,w=f?kr(f):0,I=l(t),R=I===null?null:Math.max(0,I-y),B=c(g.element,R),S=Math.ceil(B.width+y),T=Math.ceil(B.height+w);t.style.setProperty(Ot.width,`${S}px`),t.style.setProperty(Ot.height,`${T}px`);let x=d(g.element);x>0&&t.style.setProperty(Ot.width,`${S+x}px`)}function p(g){t=g,n()}function m(g){let f={...g,accessibility:Do(g.element,["aria-hidden","inert"]),stopObserving:()=>{},unsubscribe:()=>{}};return f.unsubscribe=g.menu.input.subscribe(n),f.stopObserving=$o({root:g.element,getElements:()=>[g.element],mutations:{childList:!0,subtree:!0,characterData:!0},onChange:n}),e.add(f),g.menu.setContentElement(g.element),n(),()=>{e.delete(f),f.unsubscribe(),f.stopObserving(),rn(g.element,f.accessibility),g.element.removeAttribute(wt.childOpen),g.menu.contentElement===g.element&&g.menu.setContentElement(null),n()}}function h(){cancelAnimationFrame(i);for(let g of e)g.unsubscribe(),g.stopObserving(),rn(g.element,g.accessibility),g.element.removeAttribute(wt.childOpen),g.menu.contentElement===g.element&&g.menu.setContentElement(null);e.clear(),t=null}return{get element(){return t},setElement:p,registerContent:m,sync:u,destroy:h}}function tl(){let e=null,t=new Set;function i(){for(let n of t)n()}return{open(n){if(e===n)return;let r=e;e=n,r?.close("group-open"),i()},close(n){e===n&&(e=null,i())},isOpenFor(n){return n!==null&&e?.triggerElement===n},subscribe(n){return t.add(n),()=>t.delete(n)}}}function $m(e,t){if(!t)return!1;if(V(e.composedPath))return e.composedPath().includes(t);let i=e.target;return i instanceof Node&&t.contains(i)}function xe(e,t,i){return Math.max(t,Math.min(i,e))}function St(e,t,i){let n=i-t;return!Number.isFinite(n)||n<=0?0:xe((e-t)/n*100,0,100)}function Dn(e,t,i){let n=Math.round((e-i)/t)*t+i,r=`${t}`.indexOf(".");return r===-1?n:Number(n.toFixed(`${t}`.length-r-1))}var il={sideOffset:0,alignOffset:0,boundaryOffset:0},Qm={top:"bottom",bottom:"top",left:"right",right:"left"};function ta(e){return`${xe(e,0,1/0)}px`}function Ym(e,t,i,n){let r=i-n;return r<t?t:xe(e,t,r)}function Jm({align:e,direction:t="ltr"}){return t!=="rtl"?e:e==="start"?"end":e==="end"?"start":e}function Xm(e,t,i,n,r,a,o,s,l,d){let c=a==="start"?e+o:a==="end"?t+o:e+i/2+o,u=l==="horizontal"?"left":"top",p=Qm[u],m=a==="start"?u:a==="end"?p:"center",h=a==="start"?"0px":a==="end"?"-100%":"-50%";return{base:`calc(anchor(${m}) + ${d})`,translate:`clamp(${n+s-c}px, ${h}, calc(${r-s-c}px - 100%))`}}function ef(e,t,i,n,r,a,o=it){if(xi())return{...qx(e,t,o,i,r,a),...i&&r?Zm(i,r,t,a,o):{}};if(i&&n){let s=a??il;return{position:"fixed",margin:"0",...Wx(i,n,t,s,r),...r?Zm(i,r,t,s,o):{}}}return{}}function qx(e,t,i=it,n,r,a=il){let o=`var(${i.sideOffset}, 0px)`,s=`var(${i.alignOffset}, 0px)`,{side:l,align:d}=t,c=a.boundaryOffset??0,u={positionAnchor:`--${e}`,position:"fixed",inset:"auto",margin:"0",justifySelf:"normal",alignSelf:"normal",marginInlineStart:"0",marginBlockStart:"0",translate:"none"},p=Qm[l];if(l==="top"||l==="bottom"){let m=Jm(t);if(u[p]=`calc(anchor(${l}) + ${o})`,n&&r){let{base:h,translate:g}=Xm(n.left,n.right,n.width,r.left,r.right,m,a.alignOffset,c,"horizontal",s);return u.left=h,u.translate=`${g} 0`,u}m==="start"?u.left=`calc(anchor(left) + ${s})`:m==="end"?u.right=`calc(anchor(right) + ${s})`:(u.justifySelf="anchor-center",u.marginInlineStart=s)}else{if(u[p]=`calc(anchor(${l}) + ${o})`,n&&r){let{base:m,translate:h}=Xm(n.top,n.bottom,n.height,r.top,r.bottom,d,a.alignOffset,c,"vertical",s);return u.top=m,u.translate=`0 ${h}`,u}d==="start"?u.top=`calc(anchor(top) + ${s})`:d==="end"?u.bottom=`calc(anchor(bottom) + ${s})`:(u.alignSelf="anchor-center",u.marginBlockStart=s)}return u}function Zm(e,t,i,n=il,r=it){let a={},{side:o}=i,s=n.boundaryOffset??0,l=t.left+s,d=t.right-s,c=t.top+s,u=t.bottom-s;if(a[r.anchorWidth]=`${e.width}px`,a[r.anchorHeight]=`${e.height}px`,o==="top"||o==="bottom"){let p=o==="top"?e.top-c:u-e.bottom;a[r.availableHeight]=ta(p-n.sideOffset),a[r.availableWidth]=ta(d-l)}else{let p=o==="left"?e.left-l:d-e.right;a[r.availableWidth]=ta(p-n.sideOffset),a[r.availableHeight]=ta(u-c)}return a}function Wx(e,t,i,n={sideOffset:0,alignOffset:0},r){let{side:a,align:o}=i,{sideOffset:s,alignOffset:l}=n,d=0,c,u=0,p;if(a==="top"?c=`calc(100% - ${e.top}px + ${s}px)`:a==="bottom"?d=e.bottom+s:a==="left"?p=`calc(100% - ${e.left}px + ${s}px)`:u=e.right+s,a==="top"||a==="bottom"){let m=Jm(i);m==="start"?u=e.left+l:m==="end"?u=e.right-t.width+l:u=e.left+(e.width-t.width)/2+l}else o==="start"?d=e.top+l:o==="end"?d=e.bottom-t.height+l:d=e.top+(e.height-t.height)/2+l;if(r){let m=n.boundaryOffset??0;a==="top"||a==="bottom"?u=Ym(u,r.left+m,r.right-m,t.width):d=Ym(d,r.top+m,r.bottom-m,t.height)}return{top:a==="top"?"auto":`${d}px`,bottom:c??"auto",left:a==="left"?"auto":`${u}px`,right:p??"auto"}}function tf(e,t=it){let i=getComputedStyle(e);return{sideOffset:Ti(e,i.getPropertyValue(t.sideOffset)),alignOffset:Ti(e,i.getPropertyValue(t.alignOffset)),boundaryOffset:Ti(e,i.getPropertyValue(t.boundaryOffset))}}function nl(e,t){let i=e.getBoundingClientRect(),n=br(e,{box:"layout",overflow:t==="left"||t==="right"?"width":"height"});return Zs(i.left,i.top,n.width,n.height)}function Re(){return`${Date.now()}-${Math.floor(Math.random()*1e6)}`}var Kx=["position","inset","margin","margin-top","margin-right","margin-bottom","margin-left","justify-self","align-self","margin-inline-start","margin-block-start","translate","top","right","bottom","left"],rl=class{#e=null;#t=null;#i=null;#n=null;#r=null;#a=!1;#o=null;#l=null;#s=Qo(()=>this.#p());sync(e){let{anchorName:t,position:i,trigger:n,popup:r,boundary:a,container:o,cssVars:s=it}=e;if(!i||!n||!r){this.cleanup();return}let l=Gm(a,{container:o??null,root:r.getRootNode()}),d=this.#e;!d||d.anchorName!==t||d.trigger!==n||d.popup!==r||(d.cssVars??it)!==s||d.trackResize!==e.trackResize||this.#t!==l?(d?.popup&&this.#m(d.popup),this.#c(),this.#e={...e,cssVars:s},this.#t=l,this.#d()):this.#e={...e,cssVars:s},this.#p()}cleanup(){this.#e&&(this.#e.popup&&this.#m(this.#e.popup),this.#c(),this.#e=null,this.#t=null)}#d(){let e=this.#e;if(!e?.trigger||!e.popup)return;this.#h(e.trigger,e.popup,e.anchorName),this.#i=new AbortController;let{signal:t}=this.#i;window.addEventListener("scroll",this.#u,{capture:!0,passive:!0,signal:t}),window.addEventListener("resize",this.#u,{signal:t});let i=[e.trigger];e.trackResize!==!1&&i.push(e.popup),this.#t&&i.push(this.#t),this.#n=Je(i,()=>this.#u())}#c(){this.#i?.abort(),this.#i=null,this.#n?.(),this.#n=null,this.#s.cancel(),this.#g()}#u=e=>{let t=this.#e?.popup;!t||e&&$m(e,t)||this.#s()};#p(){let e=this.#e;if(!e?.position||!e.trigger||!e.popup)return;let t=e.trigger,i=t.getBoundingClientRect(),n=Km(this.#t),r=tf(e.popup,e.cssVars),a=e.position,o=xi(),s=u=>{let p=Zo(i,u,n,a,r),{positionAnchor:m,...h}=ef(e.anchorName,{...a,side:p,direction:zo(t)?"rtl":"ltr"},i,o?void 0:u,n,r,e.cssVars);return{popupRect:u,side:p,style:h}},l=s(nl(e.popup,a.side));if(this.#f(e.popup,e.cssVars??it),_e(e.popup,l.style),e.onSideChange?.(l.side),o||!e.onSideChange)return;let d=nl(e.popup,a.side);if(d.width===l.popupRect.width&&d.height===l.popupRect.height)return;let c=s(d);_e(e.popup,c.style),c.side!==l.side&&e.onSideChange(c.side)}#f(e,t){if(this.#l)return;let i=[...Kx,t.anchorWidth,t.anchorHeight,t.availableWidth,t.availableHeight];this.#l=hr(e,i)}#m(e){this.#l&&(gr(e,this.#l),this.#l=null)}#h(e,t,i){if(!xi())return;let n=`--${i}`,r=this.#b(e,"anchor-name");this.#o=this.#b(t,"position-anchor");let a=fr(e);this.#r=n,this.#a=!a.includes(n),this.#a&&a.push(n),e.style.setProperty("anchor-name",a.join(", "),r.priority),t.style.setProperty("position-anchor",n)}#g(){let e=this.#e;if(!(!e?.trigger||!e.popup)){if(this.#r&&this.#a){let t=this.#b(e.trigger,"anchor-name"),i=fr(e.trigger).filter(n=>n!==this.#r);this.#v(e.trigger,"anchor-name",{value:i.join(", "),priority:t.priority})}this.#o&&this.#v(e.popup,"position-anchor",this.#o),this.#r=null,this.#a=!1,this.#o=null}}#b(e,t){let i=t.startsWith("--")?t:st(t);return{value:e.style.getPropertyValue(i),priority:e.style.getPropertyPriority(i)}}#v(e,t,i){let n=t.startsWith("--")?t:st(t);i.value?e.style.setProperty(n,i.value,i.priority):e.style.removeProperty(n)}};function On(e,t,i){let n;return i==="vertical"?n=1-(e.clientY-t.top)/t.height:n=(e.clientX-t.left)/t.width,Number.isFinite(n)?xe(n*100,0,100):0}var Gx=3;function Ln(e){let t=G({pointerPercent:0,dragPercent:0,dragging:!1,pointing:!1,focused:!1}),i=new AbortController,n=e.changeThrottle??0,r=!1,a=null,o=null,s=0,l=0,d=0,c=null,u=!1,p=!1,m=n>0?To(S=>e.onValueChange?.(S),n,{leading:!0}):null;function h(S,T){T&&m?m(S):e.onValueChange?.(S)}function g(){if(Te(o))return;let S=o;o=null;try{e.getElement().releasePointerCapture(S)}catch{}}function f(){if(!r)return;let S=u&&p,T=t.current.dragging;u||e.onValueCommit?.(d),r=!1,t.patch({dragging:!1,pointing:S}),T&&e.onDragEnd?.(),e.onPressEnd?.(),u=!1,p=!1,y()}function y(){m?.cancel(),o=null,a=null}let w={onPointerDown(S){if(e.isDisabled())return;S.stopPropagation(),S.preventDefault();let T=e.getElement();a=T.getBoundingClientRect(),u=!1,p=!1,g(),o=S.pointerId,T.setPointerCapture(S.pointerId);let x=On(S,a,e.getOrientation());r=!0,s=S.clientX,l=S.clientY,d=x,c=x,t.patch({pointing:!0,pointerPercent:x,dragPercent:x}),e.onPressStart?.(),e.onValueChange?.(x),e.getThumbElement?.()?.focus({preventScroll:!0,focusVisible:!1})},onPointerMove(S){if(e.isDisabled())return;if(!Te(o)){if(S.pointerType!=="touch"&&S.buttons===0){f();return}let v=On(S,a,e.getOrientation()),N=!t.current.dragging;if(N&&Math.hypot(S.clientX-s,S.clientY-l)<Gx)return;d=v,c=v,t.patch({dragging:!0,dragPercent:v,pointerPercent:v}),N&&e.onDragStart?.(),h(v,!0);return}let T=e.getElement().getBoundingClientRect(),x=On(S,T,e.getOrientation());t.patch({pointing:!0,pointerPercent:x})},onPointerUp(S){if(e.isDisabled()||(S.stopPropagation(),Te(o)))return;let T=On(S,a,e.getOrientation()),x=e.getElement().getBoundingClientRect();p=S.pointerType!=="touch"&&S.clientX>=x.left&&S.clientX<=x.right&&S.clientY>=x.top&&S.clientY<=x.bottom,m?.cancel(),e.onValueChange?.(T),e.onValueCommit?.(T),u=!0},onPointerLeave(){Te(o)&&t.patch({pointing:!1})},onLostPointerCapture(){f()}},I={onKeyDownCapture(S){if(e.isDisabled()){S.key!=="Tab"&&S.preventDefault();return}let T=e.getStepPercent(),x=e.getLargeStepPercent(),v=S.repeat&&!Te(c)?c:e.getPercent(),N=Dn(v,T,0),ee=S.shiftKey?x:T,q=null;switch(S.key){case"ArrowRight":q=N+ee;break;case"ArrowLeft":q=N-ee;break;case"ArrowUp":q=N+ee;break;case"ArrowDown":q=N-ee;break;case"PageUp":q=N+x;break;case"PageDown":q=N-x;break;case"Home":q=0;break;case"End":q=100}q!==null&&(S.preventDefault(),q=xe(q,0,100),c=q,t.patch({pointerPercent:q,dragPercent:q,pointing:!1}),e.onValueChange?.(q),e.onValueCommit?.(q))},onFocus(){t.patch({focused:!0})},onBlur(){t.patch({focused:!1})}};function R(S){if(!e.adjustPercent||S.thumbAlignment!=="edge")return S;let T=e.getElement(),x=e.getThumbElement?.();if(!x)return S;let v=S.orientation==="horizontal",N=v?x.offsetWidth:x.offsetHeight,ee=v?T.offsetWidth:T.offsetHeight;return{...S,fillPercent:e.adjustPercent(S.fillPercent,N,ee),pointerPercent:e.adjustPercent(S.pointerPercent,N,ee)}}let B=null;return e.onResize&&(B=Je(e.getElement(),()=>e.onResize())),{input:t,rootProps:w,rootStyle:{touchAction:"none",userSelect:"none"},thumbProps:I,adjustForAlignment:R,destroy(){i.signal.aborted||(i.abort(),B?.(),g(),y())}}}var Ri={fill:"--media-slider-fill",pointer:"--media-slider-pointer",buffer:"--media-slider-buffer"};function ia(e){return{[Ri.fill]:`${e.fillPercent.toFixed(3)}%`,[Ri.pointer]:`${e.pointerPercent.toFixed(3)}%`}}function al(e){return{...ia(e),[Ri.buffer]:`${e.bufferPercent.toFixed(3)}%`}}function ol(e,t){let i=e/2;return{position:"absolute",left:t==="visible"?`calc(var(${Ri.pointer}) - ${i}px)`:`min(max(0px, calc(var(${Ri.pointer}) - ${i}px)), calc(100% - ${e}px))`,width:"max-content",pointerEvents:"none"}}function nf(e=document){let t=pr(e)?e:e.ownerDocument,i=je(t);return i?.getAttribute("role")!=="slider"?!1:pr(e)||Le(e,i)}function sl(e,t){let i=!0,n=!1,r=e.target,a=0,o=()=>{r=e.target,n=!0;let l=++a;t.resetSnapshot(),queueMicrotask(()=>{!i||l!==a||(n=!1,r=e.target,r&&t.processSnapshot(Mi(e)))})},s=e.subscribe(()=>{let l=e.target;if(l!==r){o();return}!l||n||t.processSnapshot(Mi(e))});return o(),()=>{i=!1,s()}}function ll(e){return!e||!nf(e)}function dl(e,t,i){let n=0,r=e.length-1,a=-1;for(;n<=r;){let o=n+r>>>1;i(e[o])<=t?(a=o,n=o+1):r=o-1}return a}function cl(e,t,i){let n=dl(e,t,i);return n<0?void 0:e[n]}function ul(e,t,i,n){let r=dl(e,t,i);if(r<0)return;let a=e[r],o=n(a),s=r===e.length-1;return t<o||s&&t===o?a:void 0}var Nn=class{findActiveThumbnail(e,t){return cl(e,t,i=>i.startTime)}parseConstraints(e){let t=parseFloat(e.minWidth),i=parseFloat(e.maxWidth),n=parseFloat(e.minHeight),r=parseFloat(e.maxHeight);return{minWidth:Number.isFinite(t)?t:0,maxWidth:Number.isFinite(i)?i:1/0,minHeight:Number.isFinite(n)?n:0,maxHeight:Number.isFinite(r)?r:1/0}}calculateScale(e,t,i){let{minWidth:n,maxWidth:r,minHeight:a,maxHeight:o}=i,s=Math.min(r/e,o/t),l=Math.max(n/e,a/t),d=Number.isFinite(s)?s:1;return Number.isFinite(l)&&l>d?l:d}resize(e,t,i,n){let r=e.width??t,a=e.height??i;if(!r||!a)return;let o=this.calculateScale(r,a,n),s=e.coords?.x??0,l=e.coords?.y??0,d=o!==1?1:0;return{scale:o,containerWidth:Math.max(0,Math.floor(r*o)-d*2),containerHeight:Math.max(0,Math.floor(a*o)-d*2),imageWidth:Math.ceil(t*o),imageHeight:Math.ceil(i*o),offsetX:Math.ceil(s*o)+d,offsetY:Math.ceil(l*o)+d}}resolveCrossOrigin(e,t){if(!Te(e))return L(e)?t??void 0:e}getState(e,t,i){return{loading:e,error:t,hidden:!e&&!i}}getAttrs(e){return{dir:"ltr",role:"img","aria-hidden":"true"}}};function pl(e){let{getContainer:t,getImg:i,onStateChange:n}=e,r=new Nn,a=!1,o=!1,s=0,l=0,d="",c=null,u=null,p=null,m=null,h=new Set;function g(){let x=i();x&&(s=x.naturalWidth,l=x.naturalHeight),h.delete(d),a=!1,o=!1,n()}function f(){h.add(d),a=!1,o=!0}function y(){f(),n()}function w(x){p=new AbortController,b(x,"load",g,{signal:p.signal}),b(x,"error",y,{signal:p.signal})}function I(){let x=i();if(x!==c&&(p?.abort(),p=null,c=x,u=null,x&&w(x)),!m){let v=t();v&&(m=Je(v,n))}}function R(x){I();let v=x??"";if(v!==d)if(d=v,v){let N=h.has(v);a=!N,o=N}else a=!1,o=!1,s=0,l=0}function B(){I();let x=i();if(!x||x===u||(u=x,!x.complete||!d))return;let v={loading:a,error:o,naturalWidth:s,naturalHeight:l};x.naturalWidth>0?(s=x.naturalWidth,l=x.naturalHeight,a=!1,o=!1):f(),(v.loading!==a||v.error!==o||v.naturalWidth!==s||v.naturalHeight!==l)&&n()}function S(x){x===c&&(p?.abort(),p=null,c=null,u=null)}function T(){p?.abort(),p=null,c=null,u=null,m?.(),m=null}return{get loading(){return a},get error(){return o},get naturalWidth(){return s},get naturalHeight(){return l},readConstraints(){let x=t();return x?r.parseConstraints(getComputedStyle(x)):{minWidth:0,maxWidth:1/0,minHeight:0,maxHeight:1/0}},updateSrc:R,connect:B,disconnectImg:S,destroy:T}}var $x={hover:"hover",focus:"focus",escape:"escape",blur:"blur","imperative-action":"imperative-action"};function ml(e){let t={transition:e.transition,onOpenChange(h,g){let f=$x[g.reason];if(!f)return;let y=e.group?.();h?y?.notifyOpen():y?.notifyClose();let w=g.event?{reason:f,event:g.event}:{reason:f};e.onOpenChange(h,w)},closeOnEscape:()=>!0,closeOnOutsideClick:()=>!1,openOnHover:()=>!0,delay:()=>{let h=e.group?.();return h?.shouldSkipDelay()?0:e.delay?.()??h?.delay??600},closeDelay:()=>{let h=e.group?.();return e.closeDelay?.()??h?.closeDelay??0}};e.onOpenChangeComplete&&(t.onOpenChangeComplete=e.onOpenChangeComplete);let i=ti(t),n=!1,r,a;function o(){return r?.isOpenFor(i.triggerElement)??!1}function s(){return e.sticky?.()??!1}function l(){let h=e.popupGroup?.();h!==r&&(a?.(),r=h,a=r?.subscribe(()=>{o()&&!s()&&i.close("imperative-action")}))}function d(h){i.setTriggerElement(h),l(),o()&&!s()&&i.close("imperative-action")}let{onClick:c,...u}=i.triggerProps,p={...u,onPointerDown(){l(),n=!0,s()||i.close("imperative-action")},onPointerEnter(h){l(),!e.disabled?.()&&(o()&&!s()||h.pointerType!=="touch"&&u.onPointerEnter(h))},onFocusIn(h){if(l(),!e.disabled?.()&&!(o()&&!s())){if(n){n=!1;return}u.onFocusIn(h)}}},m={...i.popupProps,onPointerEnter(h){e.disableHoverablePopup?.()||i.popupProps.onPointerEnter(h)}};return{...i,triggerProps:p,popupProps:m,get triggerElement(){return i.triggerElement},setTriggerElement:d,open:()=>{l(),(!o()||s())&&i.open("hover")},close:(h="hover")=>i.close(h),destroy(){a?.(),i.destroy()}}}function we(){let e=G({active:!1,status:"idle"}),t=!1,i=0,n=0,r=0,a=null;function o(){cancelAnimationFrame(i),cancelAnimationFrame(n),i=0,n=0}function s(){return r++,o(),a?.(),a=null,r}function l(p){if(p!==r)return;let m=a;a=null,m?.()}function d(p=null){if(t)return Promise.resolve();let m=s(),h=e.current.active;return h&&e.patch({status:"idle"}),e.patch({active:!0,status:"starting"}),new Promise(g=>{a=g,i=requestAnimationFrame(()=>{if(i=0,h){let f=rf(p);Xx(f),Yx(f)}n=requestAnimationFrame(()=>{if(n=0,t||m!==r||!e.current.active)return l(m);e.patch({status:"idle"}),i=requestAnimationFrame(()=>{if(i=0,t||m!==r||!e.current.active)return l(m);af(rf(p)).finally(()=>l(m))})})})})}function c(p){if(t)return Promise.resolve();let m=s();return e.patch({status:"ending"}),new Promise(h=>{a=h,i=requestAnimationFrame(()=>{i=0,n=requestAnimationFrame(()=>{if(n=0,t||m!==r)return l(m);af(p).finally(()=>{if(t||m!==r||e.current.status!=="ending")return l(m);e.patch({active:!1,status:"idle"}),l(m)})})})})}function u(){r++,o(),a?.(),a=null,e.current.status!=="idle"&&e.patch({status:"idle"})}return{state:e,open:d,close:c,cancel:u,destroy(){t||(t=!0,u())}}}function rf(e){return typeof e=="function"?e():e}function Yx(e){e&&e.offsetHeight}function Xx(e){let t=e?.getAnimations?.({subtree:!0})??[];for(let i of t)i.cancel()}function af(e){if(!e)return Promise.resolve();let t=e.getAnimations?.()??[];return t.length===0?Promise.resolve():Promise.all(t.map(i=>i.finished)).then(ye,ye)}function fl(e){return{onWheel(t){if(e.isDisabled())return;let i=Math.sign(t.deltaY);if(i===0)return;t.preventDefault();let n=e.getStepPercent(),r=e.getPercent(),a=xe(r-i*n,0,100);e.onValueChange?.(a)}}}function D(e,t,i){let n=i?.signal;for(let[r,a]of Object.entries(t))if(V(a)&&r.startsWith("on")){let o=r.endsWith("Capture")&&!r.endsWith("PointerCapture"),s=r.slice(2,o?-7:void 0).toLowerCase();b(e,s,a,n?{capture:o,signal:n}:{capture:o})}else L(a)||a===!1?e.removeAttribute(r):a===!0?e.setAttribute(r,""):e.setAttribute(r,String(a))}function F(e,t,i){for(let n in t){if(i&&!(n in i))continue;let r=i?.[n]??Zx(n),a=t[n];a===!0?e.setAttribute(r,""):a?e.setAttribute(r,String(a)):e.removeAttribute(r)}}function Zx(e){return`data-${e.toLowerCase()}`}function Qx(e){return Object.entries(e).map(([t,i])=>{let n=i.html?.attribute??st(t);return{property:Fo(n),attribute:n,entry:i}})}function of(e){let t=Qx(e.config);class i extends A{static{this.properties={...A.properties,...Object.fromEntries(t.map(({property:r,attribute:a})=>[r,{type:String,attribute:a}]))}}#e=e.factory();#t=null;#i=null;#n=!1;#r=null;#a=null;#o=null;#l=[];#s=[];#d=new MutationObserver(()=>this.#b());#c=r=>{let a={value:r};return this.#l.push(a),this.#h(),()=>{let o=this.#l.indexOf(a);o<0||(this.#l.splice(o,1),this.#b(),this.#h())}};#u=r=>{let a={value:r};return this.#s.push(a),this.#g(),()=>{let o=this.#s.indexOf(a);o<0||(this.#s.splice(o,1),this.#g())}};#p=new ne(this,{context:e.playerContext,initialValue:this.store});#f=new ne(this,{context:e.mediaContext,initialValue:{media:this.#r,registerMedia:this.#c}});#m=new ne(this,{context:e.containerContext,initialValue:{container:this.#o,registerContainer:this.#u}});get store(){return Te(this.#e)&&(this.#e=e.factory()),this.#e}connectedCallback(){this.#n=!0,super.connectedCallback(),this.#T(),this.#p.setValue(this.store),this.#v(),this.#x(),this.#d.observe(this,{childList:!0,subtree:!0}),queueMicrotask(()=>{this.#n&&this.#b()}),this.#y()}disconnectedCallback(){this.#n=!1,this.#d.disconnect(),this.#k(),super.disconnectedCallback()}destroyCallback(){this.#d.disconnect(),this.#k(),this.#e?.destroy(),this.#e=null,super.destroyCallback()}willUpdate(r){super.willUpdate(r);for(let{property:a,entry:o}of t){if(!r.has(a))continue;let s=a;lr(this.store,o,this[s])}}#h(){let r=this.#l.at(-1)?.value??null??this.#a;this.#r!==r&&(this.#r=r,this.#v(),this.#y())}#g(){let r=this.#s.at(-1)?.value??null;this.#o!==r&&(this.#o=r,this.#x(),this.#y())}#b(){let r=this.querySelector("video, audio");this.#a!==r&&(this.#a=r,this.#h())}#v(){this.#f.setValue({media:this.#r,registerMedia:this.#c})}#x(){this.#m.setValue({container:this.#o,registerContainer:this.#u})}#y(){let r=this.#e;if(!this.#n||!r)return;if(!this.#r){this.#k();return}let a={media:this.#r,container:this.#o},o=r.target?.media!==a.media,s=r.target?.container!==a.container;(o||s)&&(this.#k(),this.#i=r.attach(a))}#k(){this.#i?.(),this.#i=null}#T(){let r=this.store;if(this.#t!==r){for(let{property:a,entry:o}of t)lr(r,o,this[a]);this.#t=r}}}return i}function sf(e){let t=Ms(...e.features),i=Ro(e.features);return{PlayerElement:of({playerContext:M,mediaContext:ar,containerContext:de,factory:()=>Co()(t),config:i}),PlayerController:su(M),playerContext:M}}var{PlayerElement:Jx,PlayerController:yN}=sf({features:Bs});var lf=class extends Jx{static{this.tagName="video-player"}};k(lf);var df=`video-player, live-video-player, media-i18n, media-dialog, media-alert-dialog, media-error-dialog, media-controls {
  display: contents;
}

media-container video, media-container [slot="poster"] {
  width: 100%;
  height: 100%;
  display: block;
}

media-container video::-webkit-media-text-track-container {
  z-index: 1;
  scale: .98;
  translate: 0 var(--media-caption-track-y, 0);
  transition: translate var(--media-caption-track-duration, 0) ease-out;
  transition-delay: var(--media-caption-track-delay, 0);
  font-family: inherit;
}
`;var cf=`media-tooltip-group, media-dialog, media-alert-dialog, media-error-dialog, media-controls {
  display: contents;
}

:host {
  width: 100%;
  display: grid;
}

media-container {
  min-width: 0;
  min-height: 0;
}

.media-popover--volume:has(media-volume-slider[data-hidden]) {
  display: none;
}
`;var eT="__media-styles",tT=un(cf),uf=class extends gt{static{this.shadowRootOptions={mode:"open"}}constructor(){if(super(),Jo(eT,df),!this.shadowRoot){let e=this.constructor;this.attachShadow(e.shadowRootOptions),e.template&&is(this.shadowRoot,e.template);let t=[tT];e.styles&&t.push(e.styles),es(this.shadowRoot,t)}}};var pf=ts(`<media-container class="media-skin media-container video-skin" data-theme="default" data-preset="video">
<slot>
</slot>
<media-poster class="media-poster">
<slot name="poster">
<img alt="" decoding="async" class="media-poster-image">
</img>
</slot>
</media-poster>
<media-buffering-indicator class="media-buffering-indicator">
<media-icon name="spinner" class="media-buffering-indicator-spinner-icon">
</media-icon>
</media-buffering-indicator>
<media-error-dialog class="media-dialog-root">
<media-dialog-backdrop class="media-dialog-backdrop">
</media-dialog-backdrop>
<media-dialog-popup class="media-dialog-popup">
<div class="media-dialog-content">
<media-dialog-title class="media-dialog-title">
</media-dialog-title>
<media-dialog-description class="media-dialog-description">
</media-dialog-description>
</div>
<div class="media-dialog-actions">
<media-dialog-close class="media-button media-dialog-close">
</media-dialog-close>
</div>
</media-dialog-popup>
</media-error-dialog>
<media-controls>
<media-controls-backdrop class="video-controls-backdrop">
</media-controls-backdrop>
<media-controls-content class="video-controls video-controls-content">
<media-tooltip-group>
<media-controls-group class="video-controls-primary">
<media-play-button class="media-button media-play-button" id="vjs-9rf9EhOU-0-trigger">
<media-icon name="restart" class="media-button-icon media-play-button-restart-icon">
</media-icon>
<media-icon name="play" class="media-button-icon media-play-button-play-icon">
</media-icon>
<media-icon name="pause" class="media-button-icon media-play-button-pause-icon">
</media-icon>
</media-play-button>
<media-tooltip trigger="vjs-9rf9EhOU-0-trigger" side="top" class="media-popup media-popup-safe-area media-popup-transition media-popup-surface media-tooltip">
<media-tooltip-label>
</media-tooltip-label>
<media-tooltip-shortcut class="media-tooltip-shortcut">
</media-tooltip-shortcut>
</media-tooltip>
<media-mute-button commandfor="vjs-1RHrqfJd-0-popup" class="media-button media-mute-button video-controls-volume-button" id="vjs-9rf9EhOU-0-2-trigger">
<media-icon name="volume-off" class="media-button-icon media-mute-button-off-icon">
</media-icon>
<media-icon name="volume-low" class="media-button-icon media-mute-button-low-icon">
</media-icon>
<media-icon name="volume-high" class="media-button-icon media-mute-button-high-icon">
</media-icon>
</media-mute-button>
<media-tooltip trigger="vjs-9rf9EhOU-0-2-trigger" delay="0" disabled sticky side="top" class="media-popup media-popup-safe-area media-popup-transition media-popup-surface media-tooltip">
<media-tooltip-label>
</media-tooltip-label>
<media-tooltip-shortcut class="media-tooltip-shortcut">
</media-tooltip-shortcut>
</media-tooltip>
<media-volume-popover open-on-hover delay="200" close-delay="100" side="top" class="media-popup media-popup-safe-area media-popup-transition media-popup-surface media-volume-popover" id="vjs-1RHrqfJd-0-popup">
<media-volume-slider class="media-slider media-volume-slider" thumb-alignment="edge" orientation="vertical">
<media-slider-track class="media-slider-track">
<media-slider-fill class="media-slider-fill">
</media-slider-fill>
</media-slider-track>
<media-slider-thumb class="media-slider-thumb media-volume-slider-thumb">
</media-slider-thumb>
</media-volume-slider>
</media-volume-popover>
<media-controls-group class="video-time-slider-group">
<media-time class="media-time-value video-time-value" type="current">
</media-time>
<media-time-slider class="media-slider media-time-slider">
<media-time-slider-chapters class="media-time-slider-chapters">
<template>
<div class="media-time-slider-chapter">
<media-slider-track class="media-slider-track media-time-slider-chapter-track">
<media-slider-buffer class="media-slider-buffer">
</media-slider-buffer>
<media-slider-fill class="media-slider-fill">
</media-slider-fill>
</media-slider-track>
</div>
</template>
</media-time-slider-chapters>
<media-slider-thumb class="media-slider-thumb media-time-slider-thumb">
</media-slider-thumb>
<media-slider-preview class="media-slider-preview" overflow="visible">
<media-slider-thumbnail class="media-slider-preview-content media-popup-surface media-slider-thumbnail">
<img alt="" aria-hidden="true" decoding="async" class="media-slider-thumbnail-image">
</img>
<media-icon name="spinner" class="media-slider-thumbnail-spinner-icon">
</media-icon>
</media-slider-thumbnail>
<div class="media-slider-preview-content media-time-slider-preview-content">
<media-time-slider-chapter-title class="media-time-slider-chapter-title">
</media-time-slider-chapter-title>
<media-slider-value class="media-time-slider-value" type="pointer">
</media-slider-value>
</div>
</media-slider-preview>
</media-time-slider>
<media-time class="media-time-toggle video-time-value" type="remaining" toggle>
</media-time>
</media-controls-group>
<media-captions-button class="media-button media-captions-button video-controls-captions-button" id="vjs-9rf9EhOU-0-3-trigger">
<media-icon name="captions-off" class="media-button-icon media-captions-button-off-icon">
</media-icon>
<media-icon name="captions-on" class="media-button-icon media-captions-button-on-icon">
</media-icon>
</media-captions-button>
<media-tooltip trigger="vjs-9rf9EhOU-0-3-trigger" side="top" class="media-popup media-popup-safe-area media-popup-transition media-popup-surface media-tooltip">
<media-tooltip-label>
</media-tooltip-label>
<media-tooltip-shortcut class="media-tooltip-shortcut">
</media-tooltip-shortcut>
</media-tooltip>
<button commandfor="vjs-xwpgvLtj-0-popup" class="media-button media-settings-menu-trigger video-controls-settings-button" id="vjs-9rf9EhOU-0-4-trigger">
<media-icon name="gear" class="media-button-icon media-settings-menu-trigger-icon">
</media-icon>
<media-text class="media-settings-menu-trigger-label" token="menu.settings">Settings</media-text>
</button>
<media-tooltip trigger="vjs-9rf9EhOU-0-4-trigger" side="top" class="media-popup media-popup-safe-area media-popup-transition media-popup-surface media-tooltip">
<media-text token="menu.settings">Settings</media-text>
</media-tooltip>
<media-menu side="top" align="center" class="media-popup media-popup-surface media-menu-popup media-menu-resizable-popup" id="vjs-xwpgvLtj-0-popup">
<media-menu-content class="media-menu-content">
<media-menu-item commandfor="vjs-erBQD494-0-content" class="media-menu-trigger-item">
<media-icon name="switches" class="media-menu-trigger-item-icon">
</media-icon>
<media-text token="menu.quality">Quality</media-text>
<span class="media-menu-hint">
<span data-part="value" class="media-menu-hint-label">
</span>
<media-icon name="chevron" class="media-menu-forward-chevron">
</media-icon>
</span>
</media-menu-item>
<media-menu-content class="media-menu-content" id="vjs-erBQD494-0-content">
<media-menu-item class="media-menu-back-item">
<media-icon name="chevron" class="media-menu-back-chevron">
</media-icon>
<media-text token="menu.quality">Quality</media-text>
</media-menu-item>
<media-menu-separator class="media-menu-separator">
</media-menu-separator>
<media-quality-radio-group class="media-menu-radio-group">
<template>
<media-menu-radio-item class="media-menu-radio-item">
<span>
<span data-part="label">
</span>
<sup data-part="tier" class="media-menu-tier">
</sup>
</span>
<span data-part="badge" class="media-menu-badge">
</span>
<media-menu-item-indicator force-mount class="media-menu-item-indicator">
<media-icon name="check" class="media-menu-radio-item-icon">
</media-icon>
</media-menu-item-indicator>
</media-menu-radio-item>
</template>
</media-quality-radio-group>
</media-menu-content>
<media-menu-item commandfor="vjs-WMoek8nz-0-content" class="media-menu-trigger-item">
<media-icon name="speech" class="media-menu-trigger-item-icon">
</media-icon>
<media-text token="menu.audio">Audio</media-text>
<span class="media-menu-hint">
<span data-part="value" class="media-menu-hint-label">
</span>
<media-icon name="chevron" class="media-menu-forward-chevron">
</media-icon>
</span>
</media-menu-item>
<media-menu-content class="media-menu-content" id="vjs-WMoek8nz-0-content">
<media-menu-item class="media-menu-back-item">
<media-icon name="chevron" class="media-menu-back-chevron">
</media-icon>
<media-text token="menu.audio">Audio</media-text>
</media-menu-item>
<media-menu-separator class="media-menu-separator">
</media-menu-separator>
<media-audio-track-radio-group class="media-menu-radio-group">
<template>
<media-menu-radio-item class="media-menu-radio-item">
<span data-part="label">
</span>
<media-menu-item-indicator force-mount class="media-menu-item-indicator">
<media-icon name="check" class="media-menu-radio-item-icon">
</media-icon>
</media-menu-item-indicator>
</media-menu-radio-item>
</template>
</media-audio-track-radio-group>
</media-menu-content>
<media-menu-item commandfor="vjs-1ge1uIVf-0-content" class="media-menu-trigger-item">
<media-icon name="speed" class="media-menu-trigger-item-icon">
</media-icon>
<media-text token="menu.speed">Speed</media-text>
<span class="media-menu-hint">
<span data-part="value" class="media-menu-hint-label">
</span>
<media-icon name="chevron" class="media-menu-forward-chevron">
</media-icon>
</span>
</media-menu-item>
<media-menu-content class="media-menu-content" id="vjs-1ge1uIVf-0-content">
<media-menu-item class="media-menu-back-item">
<media-icon name="chevron" class="media-menu-back-chevron">
</media-icon>
<media-text token="menu.speed">Speed</media-text>
</media-menu-item>
<media-menu-separator class="media-menu-separator">
</media-menu-separator>
<media-playback-rate-radio-group class="media-menu-radio-group">
<template>
<media-menu-radio-item class="media-menu-radio-item">
<span data-part="label">
</span>
<media-menu-item-indicator force-mount class="media-menu-item-indicator">
<media-icon name="check" class="media-menu-radio-item-icon">
</media-icon>
</media-menu-item-indicator>
</media-menu-radio-item>
</template>
</media-playback-rate-radio-group>
</media-menu-content>
<media-menu-item commandfor="vjs-O_DOA8p8-0-content" class="media-menu-trigger-item">
<media-icon name="captions-off" class="media-menu-trigger-item-icon">
</media-icon>
<media-text token="menu.captions">Captions</media-text>
<span class="media-menu-hint">
<span data-part="value" class="media-menu-hint-label">
</span>
<media-icon name="chevron" class="media-menu-forward-chevron">
</media-icon>
</span>
</media-menu-item>
<media-menu-content class="media-menu-content" id="vjs-O_DOA8p8-0-content">
<media-menu-item class="media-menu-back-item">
<media-icon name="chevron" class="media-menu-back-chevron">
</media-icon>
<media-text token="menu.captions">Captions</media-text>
</media-menu-item>
<media-menu-separator class="media-menu-separator">
</media-menu-separator>
<media-captions-radio-group class="media-menu-radio-group">
<template>
<media-menu-radio-item class="media-menu-radio-item">
<span data-part="label">
</span>
<media-menu-item-indicator force-mount class="media-menu-item-indicator">
<media-icon name="check" class="media-menu-radio-item-icon">
</media-icon>
</media-menu-item-indicator>
</media-menu-radio-item>
</template>
</media-captions-radio-group>
</media-menu-content>
</media-menu-content>
</media-menu>
</media-controls-group>
<media-controls-group class="video-controls-secondary">
<media-cast-button class="media-button media-cast-button" id="vjs-9rf9EhOU-0-5-trigger">
<media-icon name="cast-enter" class="media-button-icon media-cast-button-enter-icon">
</media-icon>
<media-icon name="cast-exit" class="media-button-icon media-cast-button-exit-icon">
</media-icon>
</media-cast-button>
<media-tooltip trigger="vjs-9rf9EhOU-0-5-trigger" side="top" class="media-popup media-popup-safe-area media-popup-transition media-popup-surface media-tooltip">
<media-tooltip-label>
</media-tooltip-label>
<media-tooltip-shortcut class="media-tooltip-shortcut">
</media-tooltip-shortcut>
</media-tooltip>
<media-airplay-button class="media-button media-airplay-button" id="vjs-9rf9EhOU-0-6-trigger">
<media-icon name="airplay-enter" class="media-button-icon media-airplay-button-enter-icon">
</media-icon>
<media-icon name="airplay-exit" class="media-button-icon media-airplay-button-exit-icon">
</media-icon>
</media-airplay-button>
<media-tooltip trigger="vjs-9rf9EhOU-0-6-trigger" side="top" class="media-popup media-popup-safe-area media-popup-transition media-popup-surface media-tooltip">
<media-tooltip-label>
</media-tooltip-label>
<media-tooltip-shortcut class="media-tooltip-shortcut">
</media-tooltip-shortcut>
</media-tooltip>
<media-pip-button class="media-button media-pip-button" id="vjs-9rf9EhOU-0-7-trigger">
<media-icon name="pip-enter" class="media-button-icon media-pip-button-enter-icon">
</media-icon>
<media-icon name="pip-exit" class="media-button-icon media-pip-button-exit-icon">
</media-icon>
</media-pip-button>
<media-tooltip trigger="vjs-9rf9EhOU-0-7-trigger" side="top" class="media-popup media-popup-safe-area media-popup-transition media-popup-surface media-tooltip">
<media-tooltip-label>
</media-tooltip-label>
<media-tooltip-shortcut class="media-tooltip-shortcut">
</media-tooltip-shortcut>
</media-tooltip>
<media-fullscreen-button class="media-button media-fullscreen-button" id="vjs-9rf9EhOU-0-8-trigger">
<media-icon name="fullscreen-enter" class="media-button-icon media-fullscreen-button-enter-icon">
</media-icon>
<media-icon name="fullscreen-exit" class="media-button-icon media-fullscreen-button-exit-icon">
</media-icon>
</media-fullscreen-button>
<media-tooltip trigger="vjs-9rf9EhOU-0-8-trigger" side="top" class="media-popup media-popup-safe-area media-popup-transition media-popup-surface media-tooltip">
<media-tooltip-label>
</media-tooltip-label>
<media-tooltip-shortcut class="media-tooltip-shortcut">
</media-tooltip-shortcut>
</media-tooltip>
</media-controls-group>
</media-tooltip-group>
</media-controls-content>
</media-controls>
<media-hotkey keys="Space" action="togglePaused">
</media-hotkey>
<media-hotkey keys="k" action="togglePaused">
</media-hotkey>
<media-hotkey keys="m" action="toggleMuted">
</media-hotkey>
<media-hotkey keys="ArrowRight" action="seekStep">
</media-hotkey>
<media-hotkey keys="ArrowLeft" action="seekStep">
</media-hotkey>
<media-hotkey keys="l" action="seekStep">
</media-hotkey>
<media-hotkey keys="j" action="seekStep">
</media-hotkey>
<media-hotkey keys="ArrowUp" action="volumeStep">
</media-hotkey>
<media-hotkey keys="ArrowDown" action="volumeStep">
</media-hotkey>
<media-hotkey keys="0-9" action="seekToPercent">
</media-hotkey>
<media-hotkey keys="Home" action="seekToPercent" value="0">
</media-hotkey>
<media-hotkey keys="End" action="seekToPercent" value="100">
</media-hotkey>
<media-hotkey keys="&gt;" action="speedUp">
</media-hotkey>
<media-hotkey keys="&lt;" action="speedDown">
</media-hotkey>
<media-hotkey keys="f" action="toggleFullscreen">
</media-hotkey>
<media-hotkey keys="c" action="toggleSubtitles">
</media-hotkey>
<media-hotkey keys="i" action="togglePictureInPicture">
</media-hotkey>
<media-gesture type="tap" action="togglePaused" pointer="mouse" region="center">
</media-gesture>
<media-gesture type="tap" action="toggleControls" pointer="touch">
</media-gesture>
<media-gesture type="doubletap" action="seekStep" region="left">
</media-gesture>
<media-gesture type="doubletap" action="toggleFullscreen" region="center">
</media-gesture>
<media-gesture type="doubletap" action="seekStep" region="right">
</media-gesture>
<media-status-announcer class="media-status-announcer">
</media-status-announcer>
<div class="video-status-indicators">
<media-volume-indicator class="media-indicator media-volume-indicator">
<media-volume-indicator-fill class="media-indicator-content media-volume-indicator-fill">
<media-icon name="volume-high" class="media-volume-indicator-high-icon">
</media-icon>
<media-icon name="volume-low" class="media-volume-indicator-low-icon">
</media-icon>
<media-icon name="volume-off" class="media-volume-indicator-off-icon">
</media-icon>
<media-volume-indicator-value class="media-volume-indicator-value">
</media-volume-indicator-value>
</media-volume-indicator-fill>
</media-volume-indicator>
<media-status-indicator actions="toggleSubtitles,toggleFullscreen,togglePictureInPicture" class="media-indicator media-status-indicator">
<div class="media-indicator-content media-status-indicator-content">
<media-icon name="captions-on" class="media-status-indicator-captions-on-icon">
</media-icon>
<media-icon name="captions-off" class="media-status-indicator-captions-off-icon">
</media-icon>
<media-icon name="fullscreen-enter" class="media-status-indicator-fullscreen-enter-icon">
</media-icon>
<media-icon name="fullscreen-exit" class="media-status-indicator-fullscreen-exit-icon">
</media-icon>
<media-icon name="pip-enter" class="media-status-indicator-pip-enter-icon">
</media-icon>
<media-icon name="pip-exit" class="media-status-indicator-pip-exit-icon">
</media-icon>
<media-status-indicator-value class="media-status-indicator-value">
</media-status-indicator-value>
</div>
</media-status-indicator>
<media-seek-indicator class="media-seek-indicator">
<media-icon name="chevron" class="media-seek-indicator-icon">
</media-icon>
<media-seek-indicator-value class="media-seek-indicator-value">
</media-seek-indicator-value>
</media-seek-indicator>
<media-status-indicator actions="togglePaused" class="media-playback-status-indicator">
<media-icon name="play" class="media-playback-status-indicator-play-icon">
</media-icon>
<media-icon name="pause" class="media-playback-status-indicator-pause-icon">
</media-icon>
</media-status-indicator>
</div>
</media-container>`);var mf=`video-player, live-video-player, media-i18n, media-dialog, media-alert-dialog, media-error-dialog, media-controls {
  display: contents;
}

media-container video, media-container [slot="poster"] {
  width: 100%;
  height: 100%;
  display: block;
}

media-container video::-webkit-media-text-track-container {
  z-index: 1;
  scale: .98;
  translate: 0 var(--media-caption-track-y, 0);
  transition: translate var(--media-caption-track-duration, 0) ease-out;
  transition-delay: var(--media-caption-track-delay, 0);
  font-family: inherit;
}

media-tooltip-group, media-dialog, media-alert-dialog, media-error-dialog, media-controls {
  display: contents;
}

:host {
  width: 100%;
  display: grid;
}

media-container {
  min-width: 0;
  min-height: 0;
}

.media-popover--volume:has(media-volume-slider[data-hidden]) {
  display: none;
}

@layer base {
  @scope (.media-skin) {
    :scope, *, :before, :after {
      box-sizing: border-box;
    }

    button {
      font: inherit;
      color: inherit;
      text-transform: none;
      letter-spacing: inherit;
      appearance: none;
      background: none;
      margin: 0;
    }

    img, svg, media-icon {
      max-width: 100%;
      margin: 0;
      display: block;
    }

    svg[fill="currentColor"] {
      fill: currentColor;
    }

    svg[fill="none"] {
      fill: none;
    }

    svg[stroke="currentColor"] {
      stroke: currentColor;
    }

    video {
      border-radius: inherit;
      object-fit: var(--media-object-fit, contain);
      object-position: var(--media-object-position, center);
      width: 100%;
      max-width: 100%;
      height: 100%;
      margin: 0;
      display: block;
    }

    media-icon > svg {
      width: 100%;
      height: 100%;
    }

    media-tooltip-group, media-dialog, media-alert-dialog, media-error-dialog, media-controls {
      display: contents;
    }

    [hidden][hidden] {
      display: none !important;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .media-skin {
      interpolate-size: allow-keywords;
    }
  }
}

@layer components {
  @scope (.media-skin) {
    :scope {
      --media-caption-track-duration: var(--media-duration-controls);
      --media-caption-track-delay: 25ms;
      --media-caption-track-y: calc(var(--media-spacing) * -2);
    }

    video::-webkit-media-text-track-container {
      z-index: 20;
      scale: .98;
      translate: 0 var(--media-caption-track-y);
      transition: translate var(--media-caption-track-duration) ease-out;
      transition-delay: var(--media-caption-track-delay);
      font-family: inherit;
    }

    :scope[data-controls-visible] {
      --media-caption-track-y: var(--media-caption-controls-y);
    }

    @container media-root (width >= 42rem) {
      :scope[data-theme="minimal"][data-controls-visible] video {
        --media-caption-track-y: calc(var(--media-spacing) * -12);
      }
    }
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    .media-buffering-indicator {
      pointer-events: none;
      inset: calc(var(--media-spacing) * 0);
      color: var(--media-controls-foreground);
      place-content: center;
      display: none;
      position: absolute;
    }

    .media-buffering-indicator:not([data-visible]) {
      --media-spinner-animation: none;
    }

    .media-buffering-indicator:before {
      inset: calc(var(--media-spacing) * 0);
      background-color: var(--media-backdrop);
      content: "";
      backdrop-filter: var(--media-backdrop-filter-indicator);
      position: absolute;
    }

    @supports (color: color-mix(in lab, red, red)) {
      .media-buffering-indicator:before {
        background-color: color-mix(in oklab, var(--media-backdrop) 35%, transparent);
      }
    }

    .media-buffering-indicator[data-visible] {
      display: grid;
    }

    .media-buffering-indicator-spinner-icon {
      z-index: 30;
      width: var(--media-icon-size, calc(var(--media-spacing) * 4.5));
      height: var(--media-icon-size, calc(var(--media-spacing) * 4.5));
      filter: drop-shadow(0 1px 0 var(--media-shadow-current-color));
      position: relative;
    }
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    .media-button {
      width: var(--media-control-size);
      height: var(--media-control-size);
      min-height: calc(var(--media-spacing) * 0);
      cursor: pointer;
      touch-action: manipulation;
      border-radius: var(--media-control-radius);
      padding: calc(var(--media-spacing) * 0);
      text-align: center;
      color: inherit;
      outline-offset: -2px;
      transition-property: background-color, color, outline-offset, scale;
      transition-duration: var(--media-duration);
      will-change: scale;
      -webkit-user-select: none;
      user-select: none;
      corner-shape: var(--media-control-corner-shape);
      text-shadow: inherit;
      background-color: #0000;
      border-style: solid;
      border-width: 0;
      outline: 2px solid #0000;
      flex-shrink: 0;
      place-items: center;
      transition-timing-function: cubic-bezier(0, 0, .2, 1);
      display: grid;
    }

    .media-button:focus-visible {
      outline-offset: 2px;
      outline-color: var(--media-ring);
    }

    .media-button:not([aria-disabled="true"]):active {
      scale: .97;
    }

    .media-button[aria-disabled="true"] {
      cursor: not-allowed;
      opacity: .5;
    }

    @media (prefers-reduced-motion: reduce) {
      .media-button {
        will-change: auto;
        transition-property: background-color, color;
        scale: 1;
      }
    }

    .media-button:where(:focus-visible, [aria-expanded="true"], [data-highlighted]):where(:not([aria-disabled="true"])) {
      background-color: var(--media-accent);
      color: var(--media-accent-foreground);
    }

    @media (hover: hover) {
      .media-button:hover:where(:not([aria-disabled="true"])) {
        background-color: var(--media-accent);
        color: var(--media-accent-foreground);
      }
    }
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    .media-dialog-actions {
      gap: calc(var(--media-spacing) * 2);
      flex-shrink: 0;
      display: flex;
    }

    .media-dialog-backdrop {
      inset: calc(var(--media-spacing) * 0);
      z-index: 40;
      background-color: var(--media-backdrop);
      opacity: 1;
      backdrop-filter: var(--media-backdrop-filter-dialog);
      transition-property: opacity;
      transition-duration: .15s;
      transition-delay: var(--media-delay-dialog);
      transition-duration: var(--media-duration-dialog);
      transition-timing-function: cubic-bezier(0, 0, .2, 1);
      position: absolute;
    }

    @supports (color: color-mix(in lab, red, red)) {
      .media-dialog-backdrop {
        background-color: color-mix(in oklab, var(--media-backdrop) 20%, transparent);
      }
    }

    .media-dialog-backdrop:not([data-open]) {
      display: none;
    }

    .media-dialog-backdrop[data-ending-style] {
      transition-delay: 0s;
      transition-duration: var(--media-duration-slower);
    }

    .media-dialog-backdrop:is([data-starting-style], [data-ending-style]) {
      opacity: 0;
    }

    .media-dialog-close {
      height: var(--media-control-size);
      width: 100%;
      padding-inline: calc(var(--media-spacing) * 4);
      padding-block: calc(var(--media-spacing) * 2);
      flex: 1;
      font-weight: 500;
      background-color: var(--media-primary) !important;
      color: var(--media-primary-foreground) !important;
    }

    .media-dialog-content {
      min-height: calc(var(--media-spacing) * 0);
      gap: calc(var(--media-spacing) * 2);
      padding-inline: calc(var(--media-spacing) * 2);
      padding-top: calc(var(--media-spacing) * 2);
      padding-bottom: calc(var(--media-spacing) * 1.5);
      flex-direction: column;
      display: flex;
      overflow-y: auto;
    }

    .media-dialog-description {
      margin: calc(var(--media-spacing) * 0);
      overflow-wrap: anywhere;
      opacity: .7;
    }

    .media-dialog-popup {
      z-index: 50;
      max-height: calc(100% - .5rem);
      width: var(--media-dialog-width);
      max-width: var(--media-dialog-max-width);
      gap: calc(var(--media-spacing) * 3);
      border-radius: var(--media-dialog-radius);
      background-color: var(--media-popover);
      padding: calc(var(--media-spacing) * 3);
      color: var(--media-popover-foreground);
      box-shadow: 0 0 0 1px var(--media-surface-border, var(--media-border)),
        var(--media-shadow-surface);
      backdrop-filter: var(--media-backdrop-filter-surface);
      transition-property: opacity, scale;
      transition-duration: .15s;
      transition-delay: var(--media-delay-dialog);
      transition-duration: var(--media-duration-dialog);
      text-shadow: var(--media-text-shadow-dialog);
      outline-style: none;
      flex-direction: column;
      transition-timing-function: cubic-bezier(0, 0, .2, 1);
      display: flex;
      position: absolute;
      top: 50%;
      left: 50%;
      translate: -50% -50%;
    }

    @media (forced-colors: active) {
      .media-dialog-popup {
        outline-offset: 2px;
        outline: 2px solid #0000;
      }
    }

    .media-dialog-popup:not([data-open]) {
      display: none;
    }

    .media-dialog-popup:after {
      content: "";
      z-index: 10;
      pointer-events: none;
      border-radius: inherit;
      box-shadow: var(--media-shadow-surface-inset);
      position: absolute;
      inset: 0;
    }

    .media-dialog-popup[data-ending-style] {
      transition-delay: 0s;
      transition-duration: var(--media-duration-slower);
    }

    .media-dialog-popup:is([data-starting-style], [data-ending-style]) {
      scale: var(--media-hidden-popup-scale) var(--media-hidden-popup-scale);
      opacity: 0;
    }

    .media-dialog-title {
      margin: calc(var(--media-spacing) * 0);
      font-size: calc(var(--media-spacing) * 3.75);
      font-weight: 600;
      line-height: 1.25;
    }
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    .media-container, :scope.media-container {
      isolation: isolate;
      border-radius: var(--media-video-border-radius);
      background-color: var(--media-background);
      width: 100%;
      height: 100%;
      font-family: var(--media-font-family, "Inter Variable", Inter, ui-sans-serif, system-ui, sans-serif);
      font-size: calc(var(--media-spacing) * 3.25);
      -webkit-font-smoothing: auto;
      -moz-osx-font-smoothing: auto;
      outline-offset: -4px;
      transition-property: outline-offset, outline-color;
      transition-duration: .15s;
      transition-duration: var(--media-duration-fast);
      --spacing: var(--media-spacing);
      outline: 2px solid #0000;
      line-height: 1.5;
      transition-timing-function: cubic-bezier(0, 0, .2, 1);
      display: block;
      position: relative;
      overflow: clip;
      container: media-root / size;
    }

    .media-container:after, :scope.media-container:after {
      pointer-events: none;
      inset: calc(var(--media-spacing) * 0);
      z-index: 10;
      border-radius: inherit;
      content: "";
      box-shadow: 0 0 #0000,
        0 0 #0000,
        0 0 #0000,
        0 0 #0000,
        inset 0 0 0 1px var(--media-frame-border);
      position: absolute;
    }

    .media-container:focus-visible, :scope.media-container:focus-visible {
      outline-offset: 2px;
      outline-color: var(--media-ring);
    }

    .media-container:fullscreen:after, :scope.media-container:fullscreen:after {
      content: "";
      display: none;
    }
  }

  .media-container > slot::slotted(video), :scope.media-container > slot::slotted(video) {
    margin: calc(var(--media-spacing) * 0);
    border-radius: inherit;
    object-fit: var(--media-object-fit, contain);
    object-position: var(--media-object-position, center);
    width: 100%;
    max-width: 100%;
    height: 100%;
    display: block;
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    .media-poster {
      pointer-events: none;
      border-radius: inherit;
      width: 100%;
      height: 100%;
      transition-property: opacity;
      transition-duration: .15s;
      transition-timing-function: cubic-bezier(.4, 0, .2, 1);
      transition-duration: var(--media-duration-slower);
      position: absolute;
      inset: 0;
    }

    .media-poster:not([data-visible]) {
      opacity: 0;
    }

    .media-poster-image {
      border-radius: inherit;
      object-fit: var(--media-object-fit, contain);
      object-position: var(--media-object-position, center);
      width: 100%;
      height: 100%;
      position: absolute;
      inset: 0;
    }

    .media-poster-image:not([src]):not([srcset]) {
      visibility: hidden;
    }
  }

  .media-poster > slot::slotted(img) {
    border-radius: inherit;
    object-fit: var(--media-object-fit, contain);
    object-position: var(--media-object-position, center);
    width: 100%;
    height: 100%;
    position: absolute;
    inset: 0;
  }

  .media-poster > slot::slotted(img:not([src]):not([srcset])) {
    visibility: hidden;
  }

  :where(.media-skin[data-theme="default"][data-preset="video"]) .media-poster {
    pointer-events: none;
    border-radius: inherit;
    width: 100%;
    height: 100%;
    transition-property: opacity;
    transition-duration: .15s;
    transition-timing-function: cubic-bezier(.4, 0, .2, 1);
    transition-duration: var(--media-duration-slower);
    position: absolute;
    inset: 0;
  }

  :where(.media-skin[data-theme="default"][data-preset="video"]) .media-poster:not([data-visible]) {
    opacity: 0;
  }

  :where(.media-skin[data-theme="default"][data-preset="video"]) .media-poster-image {
    border-radius: inherit;
    object-fit: var(--media-object-fit, contain);
    object-position: var(--media-object-position, center);
    width: 100%;
    height: 100%;
    position: absolute;
    inset: 0;
  }

  :where(.media-skin[data-theme="default"][data-preset="video"]) .media-poster-image:not([src]):not([srcset]) {
    visibility: hidden;
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    .media-seek-indicator {
      place-content: center;
      gap: calc(var(--media-spacing) * 1);
      padding: calc(var(--media-spacing) * 4);
      text-align: center;
      grid-row-start: 1;
      grid-column-start: 2;
      display: grid;
    }

    .media-seek-indicator[data-direction="backward"] {
      grid-column-start: 1;
      justify-self: flex-start;
    }

    .media-seek-indicator[data-direction="forward"] {
      grid-column-start: 3;
      justify-self: flex-end;
    }

    @container media-root (width >= 42rem) {
      .media-seek-indicator {
        padding: calc(var(--media-spacing) * 6);
      }
    }

    .media-seek-indicator-icon {
      width: calc(var(--media-icon-size, calc(var(--media-spacing) * 4.5)) * 1.5);
      height: calc(var(--media-icon-size, calc(var(--media-spacing) * 4.5)) * 1.5);
      transition-property: translate, opacity;
      transition-duration: .15s;
      transition-duration: var(--media-duration-slow);
      transition-timing-function: cubic-bezier(.4, 0, .2, 1);
      display: none;
    }

    @scope (.media-seek-indicator) {
      &[data-direction] .media-seek-indicator-icon {
        display: block;
      }
    }

    @scope (.media-seek-indicator) {
      &[data-direction="backward"] .media-seek-indicator-icon {
        scale: -1 1;
      }
    }

    @scope (.media-seek-indicator) {
      &[data-direction="backward"][data-starting-style] .media-seek-indicator-icon {
        translate: var(--media-hidden-seek-offset) 0;
      }
    }

    @scope (.media-seek-indicator) {
      &[data-direction="forward"][data-starting-style] .media-seek-indicator-icon {
        translate: calc(var(--media-hidden-seek-offset) * -1) 0;
      }
    }

    @scope (.media-seek-indicator) {
      &:is([data-starting-style], [data-ending-style]) .media-seek-indicator-icon {
        opacity: 0;
      }
    }

    .media-seek-indicator-value {
      font-variant-numeric: tabular-nums;
    }
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    .media-status-announcer {
      clip-path: inset(50%);
      white-space: nowrap;
      border-width: 0;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      position: absolute;
      overflow: hidden;
    }
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    .media-indicator {
      pointer-events: none;
      top: calc(var(--media-spacing) * 3);
      transform-origin: top;
      border-radius: var(--media-control-radius);
      background-color: var(--media-backdrop);
      color: var(--media-popover-foreground);
      box-shadow: 0 0 0 1px var(--media-surface-border, var(--media-border)),
        var(--media-shadow-surface);
      backdrop-filter: var(--media-backdrop-filter-surface);
      transition-duration: var(--media-duration-fast);
      font-weight: 500;
      transition-timing-function: cubic-bezier(0, 0, .2, 1);
      position: absolute;
    }

    @supports (color: color-mix(in lab, red, red)) {
      .media-indicator {
        background-color: color-mix(in oklab, var(--media-backdrop) 25%, transparent);
      }
    }

    .media-indicator:after {
      content: "";
      z-index: 10;
      pointer-events: none;
      border-radius: inherit;
      box-shadow: var(--media-shadow-surface-inset);
      position: absolute;
      inset: 0;
    }

    .media-indicator[data-ending-style] {
      translate: 0 var(--media-hidden-indicator-offset);
    }

    @media (pointer: coarse) {
      .media-indicator {
        will-change: scale, translate, opacity;
        transition-property: scale, translate, opacity;
      }
    }

    @media (pointer: fine) {
      .media-indicator {
        will-change: scale, translate, filter, opacity;
        transition-property: scale, translate, filter, opacity;
      }
    }

    @media (prefers-reduced-transparency: reduce), (prefers-contrast: more) {
      .media-indicator {
        background-color: var(--media-background);
      }
    }

    .media-indicator:is([data-starting-style], [data-ending-style]) {
      opacity: 0;
      transition-duration: var(--media-duration-indicator);
      transition-timing-function: cubic-bezier(.4, 0, 1, 1);
    }

    @media (pointer: fine) {
      .media-indicator:is([data-starting-style], [data-ending-style]) {
        scale: var(--media-hidden-indicator-scale) var(--media-hidden-indicator-scale);
        filter: blur(var(--media-hidden-blur));
      }
    }

    .media-indicator-content {
      justify-content: space-between;
      align-items: center;
      gap: calc(var(--media-spacing) * 2);
      padding-inline: calc(var(--media-spacing) * 2.5);
      padding-block: calc(var(--media-spacing) * 1);
    }

    .media-playback-status-indicator {
      background-color: var(--media-backdrop);
      padding: calc(var(--media-spacing) * 4);
      text-align: center;
      backdrop-filter: var(--media-backdrop-filter-indicator);
      transition-property: opacity, scale;
      transition-duration: .15s;
      transition-duration: var(--media-duration-slow);
      border-radius: 9999px;
      grid-row-start: 1;
      grid-column-start: 2;
      place-content: center;
      transition-timing-function: cubic-bezier(0, 0, .2, 1);
      display: grid;
    }

    @supports (color: color-mix(in lab, red, red)) {
      .media-playback-status-indicator {
        background-color: color-mix(in oklab, var(--media-backdrop) 35%, transparent);
      }
    }

    .media-playback-status-indicator[data-ending-style] {
      transition-duration: var(--media-duration-fast);
      transition-timing-function: cubic-bezier(.4, 0, 1, 1);
    }

    .media-playback-status-indicator:is([data-starting-style], [data-ending-style]) {
      scale: var(--media-hidden-playback-scale) var(--media-hidden-playback-scale);
      opacity: 0;
    }

    .media-playback-status-indicator-pause-icon {
      width: calc(var(--media-icon-size, calc(var(--media-spacing) * 4.5)) * 1.5);
      height: calc(var(--media-icon-size, calc(var(--media-spacing) * 4.5)) * 1.5);
      scale: var(--media-hidden-icon-scale) var(--media-hidden-icon-scale);
      opacity: 0;
      transition-property: opacity, scale;
      transition-duration: .15s;
      transition-duration: var(--media-duration);
      grid-row-start: 1;
      grid-column-start: 1;
      transition-timing-function: cubic-bezier(0, 0, .2, 1);
    }

    @scope (.media-playback-status-indicator) {
      &[data-status="pause"] .media-playback-status-indicator-pause-icon {
        opacity: 1;
        scale: 1;
      }
    }

    .media-playback-status-indicator-play-icon {
      width: calc(var(--media-icon-size, calc(var(--media-spacing) * 4.5)) * 1.5);
      height: calc(var(--media-icon-size, calc(var(--media-spacing) * 4.5)) * 1.5);
      scale: var(--media-hidden-icon-scale) var(--media-hidden-icon-scale);
      opacity: 0;
      transition-property: opacity, scale;
      transition-duration: .15s;
      transition-duration: var(--media-duration);
      grid-row-start: 1;
      grid-column-start: 1;
      transition-timing-function: cubic-bezier(0, 0, .2, 1);
    }

    @scope (.media-playback-status-indicator) {
      &[data-status="play"] .media-playback-status-indicator-play-icon {
        opacity: 1;
        translate: 1px;
        scale: 1;
      }
    }

    .media-status-indicator-captions-off-icon {
      mix-blend-mode: difference;
      flex-shrink: 0;
      display: none;
    }

    @scope (.media-status-indicator) {
      &[data-status="captions-off"] .media-status-indicator-captions-off-icon {
        display: block;
      }
    }

    .media-status-indicator-captions-on-icon {
      mix-blend-mode: difference;
      flex-shrink: 0;
      display: none;
    }

    @scope (.media-status-indicator) {
      &[data-status="captions-on"] .media-status-indicator-captions-on-icon {
        display: block;
      }
    }

    .media-status-indicator-content {
      width: 100%;
      display: flex;
    }

    .media-status-indicator-fullscreen-enter-icon {
      mix-blend-mode: difference;
      flex-shrink: 0;
      display: none;
    }

    @scope (.media-status-indicator) {
      &[data-status="fullscreen"] .media-status-indicator-fullscreen-enter-icon {
        display: block;
      }
    }

    .media-status-indicator-fullscreen-exit-icon {
      mix-blend-mode: difference;
      flex-shrink: 0;
      display: none;
    }

    @scope (.media-status-indicator) {
      &[data-status="exit-fullscreen"] .media-status-indicator-fullscreen-exit-icon {
        display: block;
      }
    }

    .media-status-indicator-pip-enter-icon {
      mix-blend-mode: difference;
      flex-shrink: 0;
      display: none;
    }

    @scope (.media-status-indicator) {
      &[data-status="pip"] .media-status-indicator-pip-enter-icon {
        display: block;
      }
    }

    .media-status-indicator-pip-exit-icon {
      mix-blend-mode: difference;
      flex-shrink: 0;
      display: none;
    }

    @scope (.media-status-indicator) {
      &[data-status="exit-pip"] .media-status-indicator-pip-exit-icon {
        display: block;
      }
    }

    .media-status-indicator-value {
      mix-blend-mode: difference;
      margin-left: auto;
    }
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    .media-volume-indicator {
      width: min(80%, 12rem);
      transform: translateX(0);
    }

    @media (prefers-reduced-motion: no-preference) {
      .media-volume-indicator:is([data-min], [data-max]):not([data-starting-style], [data-ending-style]) {
        transition: transform .3s linear(0, -24 20%, 16 40%, -8 60%, 4 80%, 1);
        transform: translateX(.25px);
      }
    }

    .media-volume-indicator-fill {
      border-radius: inherit;
      background-image: linear-gradient(currentColor, currentColor);
      background-size: var(--media-volume-fill, 0%) 100%;
      width: 100%;
      transition-property: background-size;
      transition-duration: .15s;
      transition-duration: var(--media-duration-slow);
      background-position: 0;
      background-repeat: no-repeat;
      transition-timing-function: linear;
      display: flex;
    }

    .media-volume-indicator-high-icon {
      mix-blend-mode: difference;
      flex-shrink: 0;
      display: none;
    }

    @scope (.media-volume-indicator) {
      &[data-level="high"] .media-volume-indicator-high-icon {
        display: block;
      }
    }

    .media-volume-indicator-low-icon {
      mix-blend-mode: difference;
      flex-shrink: 0;
      display: none;
    }

    @scope (.media-volume-indicator) {
      &[data-level="low"] .media-volume-indicator-low-icon {
        display: block;
      }
    }

    .media-volume-indicator-off-icon {
      mix-blend-mode: difference;
      flex-shrink: 0;
      display: none;
    }

    @scope (.media-volume-indicator) {
      &[data-level="off"] .media-volume-indicator-off-icon {
        display: block;
      }
    }

    .media-volume-indicator-value {
      mix-blend-mode: difference;
      margin-left: auto;
    }
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    .video-status-indicators {
      pointer-events: none;
      inset: calc(var(--media-spacing) * 0);
      color: var(--media-controls-foreground);
      grid-template-columns: repeat(3, minmax(0, 1fr));
      place-items: center;
      display: grid;
      position: absolute;
    }
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    .media-airplay-button:not([data-airplay-state="connected"]) {
      --media-icon-airplay-fill-animation: none;
      --media-icon-airplay-triangle-animation: none;
    }

    .media-airplay-button-enter-icon {
      opacity: 0;
    }

    @scope (.media-airplay-button) {
      &:not([data-airplay-state="connected"]) .media-airplay-button-enter-icon {
        opacity: 1;
        scale: 1;
      }
    }

    .media-airplay-button-exit-icon {
      opacity: 0;
    }

    @scope (.media-airplay-button) {
      &[data-airplay-state="connected"] .media-airplay-button-exit-icon {
        opacity: 1;
        scale: 1;
      }
    }

    .media-button-icon {
      width: var(--media-icon-size, calc(var(--media-spacing) * 4.5));
      height: var(--media-icon-size, calc(var(--media-spacing) * 4.5));
      filter: drop-shadow(0 1px 0 var(--media-shadow-current-color));
      transition-property: opacity, scale;
      transition-duration: .15s;
      transition-duration: var(--media-duration);
      grid-row-start: 1;
      grid-column-start: 1;
      transition-timing-function: cubic-bezier(0, 0, .2, 1);
    }
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    .media-popup {
      margin: calc(var(--media-spacing) * 0);
      color: inherit;
      border-style: solid;
      border-width: 0;
      overflow: visible;
    }

    .media-popup[data-ending-style] {
      transform: none;
    }

    .media-popup[data-starting-style] {
      transform: translate(var(--media-popup-translate-x-distance, 0), var(--media-popup-translate-y-distance, 0));
    }

    .media-popup[data-side="bottom"] {
      transform-origin: top;
      --media-popup-translate-y-distance: calc(var(--media-popup-translate-distance) * -1);
    }

    .media-popup[data-side="left"] {
      transform-origin: 100%;
      --media-popup-translate-x-distance: var(--media-popup-translate-distance);
    }

    .media-popup[data-side="right"] {
      transform-origin: 0;
      --media-popup-translate-x-distance: calc(var(--media-popup-translate-distance) * -1);
    }

    .media-popup[data-side="top"] {
      transform-origin: bottom;
      --media-popup-translate-y-distance: var(--media-popup-translate-distance);
    }

    .media-popup:is([data-starting-style], [data-ending-style]) {
      scale: var(--media-hidden-popup-scale) var(--media-hidden-popup-scale);
      opacity: 0;
      filter: blur(var(--media-hidden-popup-blur));
    }

    .media-popup-safe-area:before {
      pointer-events: auto;
      content: "";
      position: absolute;
    }

    .media-popup-safe-area[data-side="bottom"]:before {
      inset-inline: calc(var(--media-spacing) * 0);
      content: "";
      height: var(--media-popup-side-offset);
      bottom: 100%;
    }

    .media-popup-safe-area[data-side="left"]:before {
      inset-block: calc(var(--media-spacing) * 0);
      content: "";
      width: var(--media-popup-side-offset);
      left: 100%;
    }

    .media-popup-safe-area[data-side="right"]:before {
      inset-block: calc(var(--media-spacing) * 0);
      content: "";
      width: var(--media-popup-side-offset);
      right: 100%;
    }

    .media-popup-safe-area[data-side="top"]:before {
      inset-inline: calc(var(--media-spacing) * 0);
      content: "";
      height: var(--media-popup-side-offset);
      top: 100%;
    }

    .media-popup-surface {
      background-color: var(--media-popover);
      color: var(--media-popover-foreground);
      box-shadow: 0 0 0 1px var(--media-surface-border, var(--media-border)),
        var(--media-shadow-surface);
      backdrop-filter: var(--media-backdrop-filter-surface);
    }

    .media-popup-surface:after {
      content: "";
      z-index: 10;
      pointer-events: none;
      border-radius: inherit;
      box-shadow: var(--media-shadow-surface-inset);
      position: absolute;
      inset: 0;
    }

    .media-popup-transition {
      transition-property: opacity, filter, transform, scale;
      transition-duration: var(--media-duration-fast);
      transition-timing-function: cubic-bezier(0, 0, .2, 1);
    }

    .media-popup-transition[data-ending-style] {
      transition-duration: var(--media-duration-instant);
    }

    .media-tooltip {
      border-radius: var(--media-control-radius);
      padding-inline: calc(var(--media-spacing) * 2.5);
      padding-block: calc(var(--media-spacing) * 1);
      font-size: calc(var(--media-spacing) * 3.25);
      white-space: nowrap;
      --media-popup-side-offset: var(--media-tooltip-side-offset);
    }

    .media-tooltip[data-open] {
      align-items: center;
      gap: calc(var(--media-spacing) * 1);
      display: flex;
    }

    .media-tooltip-shortcut {
      border-radius: calc(var(--media-spacing) * 1);
      background-color: var(--media-muted);
      text-align: center;
      min-width: 1.5em;
      font-family: inherit;
      font-size: calc(var(--media-spacing) * 2.75);
      padding: .1em;
      font-weight: 600;
      line-height: 1.25;
    }
  }

  :where(.media-skin[data-theme="default"][data-preset="video"]) .media-popup-surface {
    background-color: var(--media-popover);
    color: var(--media-popover-foreground);
    box-shadow: 0 0 0 1px var(--media-surface-border, var(--media-border)),
      var(--media-shadow-surface);
    backdrop-filter: var(--media-backdrop-filter-surface);
  }

  :where(.media-skin[data-theme="default"][data-preset="video"]) .media-popup-surface:after {
    content: "";
    z-index: 10;
    pointer-events: none;
    border-radius: inherit;
    box-shadow: var(--media-shadow-surface-inset);
    position: absolute;
    inset: 0;
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    .media-captions-button-off-icon {
      opacity: 0;
    }

    @scope (.media-captions-button) {
      &:not([data-active]) .media-captions-button-off-icon {
        opacity: 1;
        scale: 1;
      }
    }

    .media-captions-button-on-icon {
      opacity: 0;
    }

    @scope (.media-captions-button) {
      &[data-active] .media-captions-button-on-icon {
        opacity: 1;
        scale: 1;
      }
    }
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    .media-cast-button-enter-icon {
      opacity: 0;
    }

    @scope (.media-cast-button) {
      &:not([data-cast-state="connected"]) .media-cast-button-enter-icon {
        opacity: 1;
        scale: 1;
      }
    }

    .media-cast-button-exit-icon {
      opacity: 0;
    }

    @scope (.media-cast-button) {
      &[data-cast-state="connected"] .media-cast-button-exit-icon {
        opacity: 1;
        scale: 1;
      }
    }
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    .media-fullscreen-button-enter-icon {
      opacity: 0;
    }

    @scope (.media-fullscreen-button) {
      &:not([data-fullscreen]) .media-fullscreen-button-enter-icon {
        opacity: 1;
        scale: 1;
      }
    }

    .media-fullscreen-button-exit-icon {
      opacity: 0;
    }

    @scope (.media-fullscreen-button) {
      &[data-fullscreen] .media-fullscreen-button-exit-icon {
        opacity: 1;
        scale: 1;
      }
    }
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    .media-pip-button-enter-icon {
      opacity: 0;
    }

    @scope (.media-pip-button) {
      &:not([data-pip]) .media-pip-button-enter-icon {
        opacity: 1;
        scale: 1;
      }
    }

    .media-pip-button-exit-icon {
      opacity: 0;
    }

    @scope (.media-pip-button) {
      &[data-pip] .media-pip-button-exit-icon {
        opacity: 1;
        scale: 1;
      }
    }
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    .media-play-button-pause-icon {
      scale: var(--media-hidden-icon-scale) var(--media-hidden-icon-scale);
      opacity: 0;
    }

    @scope (.media-play-button) {
      &[data-started]:not([data-paused]):not([data-ended]) .media-play-button-pause-icon {
        opacity: 1;
        scale: 1;
      }
    }

    .media-play-button-play-icon {
      scale: var(--media-hidden-icon-scale) var(--media-hidden-icon-scale);
      opacity: 0;
    }

    @scope (.media-play-button) {
      &:not([data-ended]):not([data-started]) .media-play-button-play-icon, &:not([data-ended])[data-paused] .media-play-button-play-icon {
        opacity: 1;
        scale: 1;
      }
    }

    .media-play-button-restart-icon {
      scale: var(--media-hidden-icon-scale) var(--media-hidden-icon-scale);
      opacity: 0;
    }

    @scope (.media-play-button) {
      &[data-ended] .media-play-button-restart-icon {
        opacity: 1;
        scale: 1;
      }
    }
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    .media-mute-button-high-icon {
      opacity: 0;
    }

    @scope (.media-mute-button) {
      &:not([data-muted]):not([data-volume-level="low"]) .media-mute-button-high-icon {
        opacity: 1;
        scale: 1;
      }
    }

    .media-mute-button-low-icon {
      opacity: 0;
    }

    @scope (.media-mute-button) {
      &:not([data-muted])[data-volume-level="low"] .media-mute-button-low-icon {
        opacity: 1;
        scale: 1;
      }
    }

    .media-mute-button-off-icon {
      opacity: 0;
    }

    @scope (.media-mute-button) {
      &[data-muted] .media-mute-button-off-icon {
        opacity: 1;
        scale: 1;
      }
    }
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    .media-slider-buffer {
      pointer-events: none;
      border-radius: inherit;
      transition-property: clip-path;
      transition-duration: .15s;
      transition-duration: var(--media-duration-slider);
      background-color: currentColor;
      transition-timing-function: cubic-bezier(0, 0, .2, 1);
      position: absolute;
    }

    @supports (color: color-mix(in lab, red, red)) {
      .media-slider-buffer {
        background-color: color-mix(in oklab, currentcolor 20%, transparent);
      }
    }

    @scope (.media-slider) {
      &:focus-within .media-slider-buffer, &[data-dragging] .media-slider-buffer, &[data-seeking] .media-slider-buffer {
        transition-duration: 0s;
      }
    }

    .media-slider-buffer[data-orientation="horizontal"] {
      inset-block: calc(var(--media-spacing) * 0);
      left: calc(var(--media-spacing) * 0);
      width: 100%;
      clip-path: inset(0 calc(100% - var(--media-slider-buffer)) 0 0 round var(--media-control-radius));
    }

    .media-slider-buffer[data-orientation="vertical"] {
      inset-inline: calc(var(--media-spacing) * 0);
      bottom: calc(var(--media-spacing) * 0);
      height: 100%;
      clip-path: inset(calc(100% - var(--media-slider-buffer)) 0 0 0 round var(--media-control-radius));
    }

    .media-slider-fill {
      pointer-events: none;
      border-radius: inherit;
      background-color: var(--media-primary);
      transition-property: clip-path;
      transition-duration: .15s;
      transition-duration: var(--media-duration-slider);
      transition-timing-function: cubic-bezier(0, 0, .2, 1);
      position: absolute;
    }

    @scope (.media-slider) {
      &:focus-within .media-slider-fill, &[data-dragging] .media-slider-fill, &[data-seeking] .media-slider-fill {
        transition-duration: 0s;
      }
    }

    .media-slider-fill[data-orientation="horizontal"] {
      inset-block: calc(var(--media-spacing) * 0);
      left: calc(var(--media-spacing) * 0);
      width: 100%;
      clip-path: inset(0 calc(100% - var(--media-slider-fill)) 0 0 round var(--media-control-radius));
    }

    @scope (.media-slider) {
      &[data-dragging] .media-slider-fill[data-orientation="horizontal"] {
        clip-path: inset(0 calc(100% - var(--media-slider-pointer)) 0 0 round var(--media-control-radius));
      }
    }

    .media-slider-fill[data-orientation="vertical"] {
      inset-inline: calc(var(--media-spacing) * 0);
      bottom: calc(var(--media-spacing) * 0);
      height: 100%;
      clip-path: inset(calc(100% - var(--media-slider-fill)) 0 0 0 round var(--media-control-radius));
    }

    @scope (.media-slider) {
      &[data-dragging] .media-slider-fill[data-orientation="vertical"] {
        clip-path: inset(calc(100% - var(--media-slider-pointer)) 0 0 0 round var(--media-control-radius));
      }
    }

    .media-slider-thumb {
      top: 50%;
      left: var(--media-slider-fill);
      z-index: 10;
      width: calc(var(--media-spacing) * 3);
      height: calc(var(--media-spacing) * 3);
      border-radius: var(--media-control-radius);
      box-shadow: 0 0 #0000,
        0 0 #0000,
        0 0 #0000,
        0 0 #0000,
        var(--media-shadow-thumb);
      outline-offset: -4px;
      transition-property: opacity, height, width, outline-offset, left, top, scale;
      transition-duration: .15s;
      transition-duration: var(--media-duration-slider);
      -webkit-user-select: none;
      user-select: none;
      background-color: currentColor;
      outline: 4px solid #0000;
      transition-timing-function: cubic-bezier(0, 0, .2, 1);
      position: absolute;
      translate: -50% -50%;
    }

    @scope (.media-slider) {
      &:focus-within .media-slider-thumb {
        transition-property: opacity, height, width, outline-offset, scale;
        transition-duration: .15s;
        transition-timing-function: cubic-bezier(.4, 0, .2, 1);
      }
    }

    @scope (.media-slider) {
      &[data-dragging] .media-slider-thumb {
        transition-property: opacity, height, width, outline-offset, scale;
        transition-duration: .15s;
        transition-timing-function: cubic-bezier(.4, 0, .2, 1);
        scale: .9;
      }
    }

    .media-slider-thumb:after {
      pointer-events: none;
      inset: calc(var(--media-spacing) * -1);
      border-radius: inherit;
      opacity: 0;
      transition-property: opacity, scale;
      transition-duration: .15s;
      transition-duration: var(--media-duration);
      content: "";
      transition-timing-function: cubic-bezier(0, 0, .2, 1);
      position: absolute;
      scale: .5;
      box-shadow: 0 0 #0000, 0 0 #0000, 0 0 #0000, 0 0 #0000, 0 0 0 2px;
    }

    @media (hover: hover) {
      .media-slider-thumb:hover {
        outline-offset: 0px;
        outline-color: currentColor;
      }

      @supports (color: color-mix(in lab, red, red)) {
        .media-slider-thumb:hover {
          outline-color: color-mix(in oklab, currentcolor 15%, transparent);
        }
      }
    }

    .media-slider-thumb:focus-visible {
      outline-offset: 0px;
      outline-color: currentColor;
    }

    @supports (color: color-mix(in lab, red, red)) {
      .media-slider-thumb:focus-visible {
        outline-color: color-mix(in oklab, currentcolor 15%, transparent);
      }
    }

    .media-slider-thumb:focus-visible:after {
      content: "";
      opacity: 1;
      scale: 1;
    }

    @scope (.media-slider) {
      &[data-dragging] .media-slider-thumb[data-orientation="horizontal"] {
        left: var(--media-slider-pointer);
      }
    }

    .media-slider-thumb[data-orientation="vertical"] {
      top: calc(100% - var(--media-slider-fill));
      left: 50%;
    }

    @scope (.media-slider) {
      &[data-dragging] .media-slider-thumb[data-orientation="vertical"] {
        top: calc(100% - var(--media-slider-pointer));
      }
    }

    .media-slider-track {
      isolation: isolate;
      -webkit-user-select: none;
      user-select: none;
      background-color: currentColor;
      border-radius: 9999px;
      width: 100%;
      position: relative;
      overflow: hidden;
    }

    @supports (color: color-mix(in lab, red, red)) {
      .media-slider-track {
        background-color: color-mix(in oklab, currentcolor 20%, transparent);
      }
    }

    .media-slider-track[data-orientation="horizontal"] {
      height: calc(var(--media-spacing) * 1);
    }

    .media-slider-track[data-orientation="vertical"] {
      height: 100%;
      width: calc(var(--media-spacing) * 1);
    }
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    .media-slider {
      cursor: pointer;
      border-radius: 9999px;
      outline-style: none;
      flex: 1;
      justify-content: center;
      align-items: center;
      display: flex;
      position: relative;
    }

    @media (forced-colors: active) {
      .media-slider {
        outline-offset: 2px;
        outline: 2px solid #0000;
      }
    }

    .media-slider[data-disabled] {
      pointer-events: none;
    }

    .media-slider[data-orientation="horizontal"] {
      height: var(--media-slider-height, calc(var(--media-spacing) * 8));
      min-width: calc(var(--media-spacing) * 18);
    }

    .media-slider[data-orientation="vertical"] {
      height: calc(var(--media-spacing) * 18);
      width: calc(var(--media-spacing) * 8);
      min-width: calc(var(--media-spacing) * 0);
    }

    .media-volume-slider-thumb {
      opacity: 1;
      scale: 1;
    }
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    .media-volume-popover {
      border-radius: var(--media-control-radius);
      padding-inline: calc(var(--media-spacing) * 0);
      padding-block: calc(var(--media-spacing) * 3);
      --media-popup-side-offset: var(--media-popover-side-offset);
    }

    .media-volume-popover[data-side="right"] {
      padding: calc(var(--media-spacing) * 0);
      padding-inline: calc(var(--media-spacing) * 3);
      --media-popover-side-offset: 0rem;
      border-radius: 0;
      box-shadow: none !important;
      backdrop-filter: none !important;
      background-color: #0000 !important;
    }

    .media-volume-popover[data-side="right"]:after {
      content: "";
      display: none;
    }
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    .media-slider-preview {
      height: calc(var(--media-spacing) * 1);
      min-width: var(--media-slider-preview-max-width);
      --media-slider-preview-max-height: var(--media-slider-preview-max-width);
      --media-slider-preview-max-width: min(calc(var(--media-spacing) * 32), 100cqi);
      position: relative;
    }

    .media-slider-preview:before {
      pointer-events: none;
      z-index: 1;
      width: calc(var(--media-spacing) * 1);
      height: calc(var(--media-spacing) * 1);
      border-radius: var(--media-control-radius);
      opacity: 0;
      transition-property: opacity, scale;
      transition-duration: .15s;
      transition-duration: var(--media-duration-slow);
      content: "";
      background-color: currentColor;
      transition-timing-function: cubic-bezier(0, 0, .2, 1);
      position: absolute;
      top: 50%;
      left: 50%;
      translate: -50% -50%;
      scale: .5;
    }

    .media-slider-preview[data-pointing]:not([data-dragging]):before {
      content: "";
      opacity: 1;
      scale: 1;
    }

    @container media-root (width >= 30rem) {
      .media-slider-preview {
        --media-slider-preview-max-width: min(calc(var(--media-spacing) * 40), 100cqi);
      }
    }

    @container media-root (width >= 42rem) {
      .media-slider-preview {
        --media-slider-preview-max-width: min(calc(var(--media-spacing) * 48), 100cqi);
      }
    }

    .media-slider-preview-content {
      max-width: var(--media-slider-preview-max-width);
      transform-origin: bottom;
      translate: -50% var(--media-hidden-preview-offset);
      scale: var(--media-hidden-preview-scale) var(--media-hidden-preview-scale);
      opacity: 0;
      filter: blur(var(--media-hidden-blur));
      transition-property: filter, opacity, scale;
      transition-duration: .15s;
      transition-duration: var(--media-duration);
      transition-timing-function: cubic-bezier(0, 0, .2, 1);
      position: absolute;
    }

    :where(.media-slider):has(:focus-visible) .media-slider-preview-content, :where(.media-slider-preview)[data-pointing] .media-slider-preview-content {
      opacity: 1;
      filter: none;
      scale: 1;
    }

    .media-slider-thumbnail {
      pointer-events: none;
      bottom: calc(100% + var(--media-slider-preview-offset));
      max-height: var(--media-slider-preview-max-height);
      border-radius: var(--media-popup-radius);
      background-color: var(--media-backdrop);
      left: 50%;
      overflow: hidden;
    }

    @supports (color: color-mix(in lab, red, red)) {
      .media-slider-thumbnail {
        background-color: color-mix(in oklab, var(--media-backdrop) 90%, transparent);
      }
    }

    .media-slider-thumbnail:after {
      pointer-events: none;
      inset: calc(var(--media-spacing) * 0);
      border-radius: inherit;
      content: "";
      background-image: var(--media-thumbnail-gradient);
      position: absolute;
    }

    .media-slider-thumbnail[data-loading] {
      aspect-ratio: 16 / 9;
      width: var(--media-slider-preview-max-width);
    }

    .media-slider-thumbnail-image {
      transition-property: opacity;
      transition-duration: .15s;
      transition-duration: var(--media-duration);
      transition-timing-function: cubic-bezier(0, 0, .2, 1);
      display: block;
    }

    @scope (.media-slider-thumbnail) {
      &[data-loading] .media-slider-thumbnail-image {
        opacity: 0;
      }
    }

    .media-slider-thumbnail-spinner-icon {
      z-index: 10;
      width: var(--media-icon-size, calc(var(--media-spacing) * 4.5));
      height: var(--media-icon-size, calc(var(--media-spacing) * 4.5));
      opacity: 0;
      filter: drop-shadow(0 1px 0 var(--media-shadow-current-color));
      transition-property: opacity;
      transition-duration: .15s;
      transition-duration: var(--media-duration);
      transition-timing-function: cubic-bezier(0, 0, .2, 1);
      position: absolute;
      top: 50%;
      left: 50%;
      translate: -50% -50%;
    }

    @scope (.media-slider-thumbnail) {
      &:not([data-loading]) .media-slider-thumbnail-spinner-icon {
        --media-spinner-animation: none;
      }
    }

    @scope (.media-slider-thumbnail) {
      &[data-loading] .media-slider-thumbnail-spinner-icon {
        opacity: 1;
      }
    }

    .media-time-slider-chapter {
      inset: calc(var(--media-spacing) * 0);
      min-height: calc(var(--media-spacing) * 0);
      min-width: calc(var(--media-spacing) * 0);
      --media-chapter-inset-end: .5;
      --media-chapter-inset-start: .5;
      justify-content: center;
      align-items: center;
      display: flex;
      position: absolute;
    }

    .media-time-slider-chapter:first-child {
      --media-chapter-inset-start: 0;
    }

    .media-time-slider-chapter:last-child {
      --media-chapter-inset-end: 0;
    }

    .media-time-slider-chapter[data-orientation="horizontal"] {
      clip-path: inset(0 calc(100% - var(--media-slider-chapter-end)) 0 var(--media-slider-chapter-start));
    }

    .media-time-slider-chapter[data-orientation="vertical"] {
      clip-path: inset(calc(100% - var(--media-slider-chapter-end)) 0 var(--media-slider-chapter-start) 0);
    }

    .media-time-slider-chapter-title {
      max-width: var(--media-slider-preview-max-width);
      min-width: calc(var(--media-spacing) * 0);
      text-overflow: ellipsis;
      white-space: nowrap;
      padding-inline: calc(var(--media-spacing) * 6);
      overflow: hidden;
    }

    .media-time-slider-chapter-title:empty {
      display: none;
    }

    .media-time-slider-chapter-track {
      transition-property: height, width;
      transition-duration: .15s;
      transition-duration: var(--media-duration-slow);
      transition-timing-function: cubic-bezier(0, 0, .2, 1);
    }

    .media-time-slider-chapter-track[data-orientation="horizontal"] {
      clip-path: inset(0 calc(100% - var(--media-slider-chapter-end) + var(--media-spacing) * var(--media-chapter-inset-end)) 0
          calc(var(--media-slider-chapter-start) + var(--media-spacing) * var(--media-chapter-inset-start)) round
          var(--media-control-radius));
    }

    @scope (.media-time-slider-chapter) {
      &[data-highlighted] .media-time-slider-chapter-track[data-orientation="horizontal"] {
        height: calc(var(--media-spacing) * 1.75);
      }
    }

    .media-time-slider-chapter-track[data-orientation="vertical"] {
      clip-path: inset(calc(100% - var(--media-slider-chapter-end) + var(--media-spacing) * var(--media-chapter-inset-end)) 0
          calc(var(--media-slider-chapter-start) + var(--media-spacing) * var(--media-chapter-inset-start)) 0 round
          var(--media-control-radius));
    }

    @scope (.media-time-slider-chapter) {
      &[data-highlighted] .media-time-slider-chapter-track[data-orientation="vertical"] {
        width: calc(var(--media-spacing) * 1.75);
      }
    }

    .media-time-slider-chapters {
      width: 100%;
      height: 100%;
      min-height: calc(var(--media-spacing) * 0);
      min-width: calc(var(--media-spacing) * 0);
      border-radius: inherit;
      flex: 1;
      align-items: center;
      display: flex;
      position: relative;
    }

    .media-time-slider-preview-content {
      bottom: calc(100% + var(--media-slider-preview-label-offset));
      font-variant-numeric: tabular-nums;
      flex-direction: column;
      align-items: center;
      display: flex;
      left: 50%;
    }

    .media-time-slider-thumb {
      opacity: 0;
      scale: .8;
    }

    .media-time-slider-thumb:focus-visible, .media-time-slider-thumb[data-interactive] {
      opacity: 1;
    }

    @media (pointer: fine) {
      @media (hover: hover) {
        @scope (.media-slider) {
          &:hover .media-time-slider-thumb {
            opacity: 1;
            scale: 1;
          }
        }
      }
    }

    .media-time-slider-value {
      font-variant-numeric: tabular-nums;
    }
  }

  :where(.media-skin[data-theme="default"][data-preset="video"]) .media-slider-preview-content {
    max-width: var(--media-slider-preview-max-width);
    transform-origin: bottom;
    translate: -50% var(--media-hidden-preview-offset);
    scale: var(--media-hidden-preview-scale) var(--media-hidden-preview-scale);
    opacity: 0;
    filter: blur(var(--media-hidden-blur));
    transition-property: filter, opacity, scale;
    transition-duration: .15s;
    transition-duration: var(--media-duration);
    transition-timing-function: cubic-bezier(0, 0, .2, 1);
    position: absolute;
  }

  :where(.media-skin[data-theme="default"][data-preset="video"]) :where(.media-slider):has(:focus-visible) .media-slider-preview-content, :where(.media-skin[data-theme="default"][data-preset="video"]) :where(.media-slider-preview)[data-pointing] .media-slider-preview-content {
    opacity: 1;
    filter: none;
    scale: 1;
  }

  :where(.media-skin[data-theme="default"][data-preset="video"]) .media-slider-thumbnail {
    pointer-events: none;
    bottom: calc(100% + var(--media-slider-preview-offset));
    max-height: var(--media-slider-preview-max-height);
    border-radius: var(--media-popup-radius);
    background-color: var(--media-backdrop);
    left: 50%;
    overflow: hidden;
  }

  @supports (color: color-mix(in lab, red, red)) {
    :where(.media-skin[data-theme="default"][data-preset="video"]) .media-slider-thumbnail {
      background-color: color-mix(in oklab, var(--media-backdrop) 90%, transparent);
    }
  }

  :where(.media-skin[data-theme="default"][data-preset="video"]) .media-slider-thumbnail:after {
    pointer-events: none;
    inset: calc(var(--media-spacing) * 0);
    border-radius: inherit;
    content: "";
    background-image: var(--media-thumbnail-gradient);
    position: absolute;
  }

  :where(.media-skin[data-theme="default"][data-preset="video"]) .media-slider-thumbnail[data-loading] {
    aspect-ratio: 16 / 9;
    width: var(--media-slider-preview-max-width);
  }

  :where(.media-skin[data-theme="default"][data-preset="video"]) .media-slider-thumbnail-image {
    transition-property: opacity;
    transition-duration: .15s;
    transition-duration: var(--media-duration);
    transition-timing-function: cubic-bezier(0, 0, .2, 1);
    display: block;
  }

  :where(.media-skin[data-theme="default"][data-preset="video"]) :where(.media-slider-thumbnail)[data-loading] .media-slider-thumbnail-image {
    opacity: 0;
  }

  :where(.media-skin[data-theme="default"][data-preset="video"]) .media-slider-thumbnail-spinner-icon {
    z-index: 10;
    width: var(--media-icon-size, calc(var(--media-spacing) * 4.5));
    height: var(--media-icon-size, calc(var(--media-spacing) * 4.5));
    opacity: 0;
    filter: drop-shadow(0 1px 0 var(--media-shadow-current-color));
    transition-property: opacity;
    transition-duration: .15s;
    transition-duration: var(--media-duration);
    transition-timing-function: cubic-bezier(0, 0, .2, 1);
    position: absolute;
    top: 50%;
    left: 50%;
    translate: -50% -50%;
  }

  :where(.media-skin[data-theme="default"][data-preset="video"]) :where(.media-slider-thumbnail):not([data-loading]) .media-slider-thumbnail-spinner-icon {
    --media-spinner-animation: none;
  }

  :where(.media-skin[data-theme="default"][data-preset="video"]) :where(.media-slider-thumbnail)[data-loading] .media-slider-thumbnail-spinner-icon {
    opacity: 1;
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    .media-menu-back-chevron {
      width: calc(var(--media-icon-size, calc(var(--media-spacing) * 4.5)) * 7 / 9);
      height: calc(var(--media-icon-size, calc(var(--media-spacing) * 4.5)) * 7 / 9);
      color: var(--media-muted-foreground);
      filter: drop-shadow(0 1px 0 var(--media-shadow-current-color));
      flex-shrink: 0;
      rotate: 180deg;
    }

    @scope (.media-menu-back-item) {
      &:where(:focus-visible, [aria-expanded="true"], [data-highlighted]):where(:not([aria-disabled="true"])) .media-menu-back-chevron {
        color: inherit;
      }
    }

    @media (hover: hover) {
      @scope (.media-menu-back-item) {
        &:hover:where(:not([aria-disabled="true"])) .media-menu-back-chevron {
          color: inherit;
        }
      }
    }

    .media-menu-back-chevron:dir(rtl) {
      rotate: 0deg;
      scale: 1;
    }

    .media-menu-forward-chevron {
      width: calc(var(--media-icon-size, calc(var(--media-spacing) * 4.5)) * 7 / 9);
      height: calc(var(--media-icon-size, calc(var(--media-spacing) * 4.5)) * 7 / 9);
      color: var(--media-muted-foreground);
      filter: drop-shadow(0 1px 0 var(--media-shadow-current-color));
      flex-shrink: 0;
    }

    @scope (.media-menu-trigger-item) {
      &:where(:focus-visible, [aria-expanded="true"], [data-highlighted]):where(:not([aria-disabled="true"])) .media-menu-forward-chevron {
        color: inherit;
      }
    }

    @media (hover: hover) {
      @scope (.media-menu-trigger-item) {
        &:hover:where(:not([aria-disabled="true"])) .media-menu-forward-chevron {
          color: inherit;
        }
      }
    }

    .media-menu-forward-chevron:dir(rtl) {
      scale: -1 1;
    }
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    .media-menu-item-indicator {
      opacity: 0;
      flex-shrink: 0;
      margin-inline-start: auto;
      margin-inline-end: calc(var(--media-spacing) * -1);
    }

    @scope (.media-menu-radio-item) {
      &[aria-checked="true"] .media-menu-item-indicator {
        opacity: 1;
      }
    }

    .media-menu-radio-item {
      cursor: pointer;
      justify-content: space-between;
      align-items: center;
      gap: calc(var(--media-spacing) * 1.5);
      border-radius: var(--media-menu-item-radius);
      padding-inline: calc(var(--media-spacing) * 2);
      padding-block: calc(var(--media-spacing) * 1.5);
      text-align: start;
      white-space: nowrap;
      color: inherit;
      font-variant-numeric: tabular-nums;
      outline-offset: -2px;
      transition-property: background-color, color;
      transition-duration: .15s;
      transition-duration: var(--media-duration-fast);
      -webkit-user-select: none;
      user-select: none;
      text-shadow: 0 1px 0 var(--media-shadow-current-color);
      outline: 2px solid #0000;
      transition-timing-function: cubic-bezier(.4, 0, .2, 1);
      display: flex;
      position: relative;
    }

    .media-menu-radio-item:focus-visible {
      outline-offset: 2px;
      outline-color: var(--media-ring);
    }

    .media-menu-radio-item[aria-disabled="true"] {
      pointer-events: none;
      cursor: not-allowed;
      opacity: .5;
    }

    .media-menu-radio-item[data-availability="unavailable"], .media-menu-radio-item[data-availability="unsupported"] {
      display: none;
    }

    .media-menu-radio-item:where(:focus-visible, [aria-expanded="true"], [data-highlighted]):where(:not([aria-disabled="true"])) {
      background-color: var(--media-accent);
      color: var(--media-accent-foreground);
    }

    @media (hover: hover) {
      .media-menu-radio-item:hover:where(:not([aria-disabled="true"])) {
        background-color: var(--media-accent);
        color: var(--media-accent-foreground);
      }
    }

    @supports (top: anchor(top)) {
      .media-menu-radio-item {
        transition-duration: var(--media-duration-instant);
      }

      .media-menu-radio-item[data-highlighted] {
        anchor-name: --media-menu-item-highlight-anchor;
      }

      .media-menu-radio-item:where(:focus-visible, [aria-expanded="true"], [data-highlighted]):where(:not([aria-disabled="true"])) {
        transition-duration: var(--media-duration-slow);
        background-color: #0000;
      }

      @media (hover: hover) {
        .media-menu-radio-item:hover:where(:not([aria-disabled="true"])) {
          transition-duration: var(--media-duration-slow);
          background-color: #0000;
        }
      }
    }

    .media-menu-radio-item-icon {
      width: var(--media-icon-size, calc(var(--media-spacing) * 4.5));
      height: var(--media-icon-size, calc(var(--media-spacing) * 4.5));
      color: var(--media-muted-foreground);
      filter: drop-shadow(0 1px 0 var(--media-shadow-current-color));
      flex-shrink: 0;
    }

    @scope (.media-menu-radio-item) {
      &:where(:focus-visible, [aria-expanded="true"], [data-highlighted]):where(:not([aria-disabled="true"])) .media-menu-radio-item-icon {
        color: inherit;
      }
    }

    @media (hover: hover) {
      @scope (.media-menu-radio-item) {
        &:hover:where(:not([aria-disabled="true"])) .media-menu-radio-item-icon {
          color: inherit;
        }
      }
    }
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    .media-menu-back-item {
      margin-bottom: calc(var(--media-spacing) * .5);
      cursor: pointer;
      align-items: center;
      gap: calc(var(--media-spacing) * 1.5);
      border-radius: var(--media-menu-item-radius);
      width: 100%;
      padding-inline: calc(var(--media-spacing) * 2);
      padding-block: calc(var(--media-spacing) * 1.5);
      text-align: start;
      white-space: nowrap;
      outline-offset: -2px;
      transition-property: background-color, color;
      transition-duration: .15s;
      transition-duration: var(--media-duration-fast);
      -webkit-user-select: none;
      user-select: none;
      text-shadow: 0 1px 0 var(--media-shadow-current-color);
      outline: 2px solid #0000;
      transition-timing-function: cubic-bezier(.4, 0, .2, 1);
      display: flex;
      position: relative;
    }

    .media-menu-back-item:focus-visible {
      outline-offset: 2px;
      outline-color: var(--media-ring);
    }

    .media-menu-back-item:where(:focus-visible, [aria-expanded="true"], [data-highlighted]):where(:not([aria-disabled="true"])) {
      background-color: var(--media-accent);
      color: var(--media-accent-foreground);
    }

    @media (hover: hover) {
      .media-menu-back-item:hover:where(:not([aria-disabled="true"])) {
        background-color: var(--media-accent);
        color: var(--media-accent-foreground);
      }
    }

    @supports (top: anchor(top)) {
      .media-menu-back-item {
        transition-duration: var(--media-duration-instant);
      }

      .media-menu-back-item:where(:focus-visible, [aria-expanded="true"], [data-highlighted]):where(:not([aria-disabled="true"])) {
        transition-duration: var(--media-duration-slow);
      }

      @media (hover: hover) {
        .media-menu-back-item:hover:where(:not([aria-disabled="true"])) {
          transition-duration: var(--media-duration-slow);
        }
      }
    }

    .media-menu-content {
      max-height: inherit;
      overscroll-behavior: none;
      transition-property: translate, filter;
      transition-duration: .15s;
      transition-duration: var(--media-duration-menu);
      anchor-scope: --media-menu-item-highlight-anchor;
      outline-style: none;
      transition-timing-function: cubic-bezier(0, 0, .2, 1);
      position: absolute;
      overflow: auto;
    }

    @media (forced-colors: active) {
      .media-menu-content {
        outline-offset: 2px;
        outline: 2px solid #0000;
      }
    }

    .media-menu-content:not([data-submenu]) {
      inset-inline: calc(var(--media-spacing) * 1);
      top: calc(var(--media-spacing) * 1);
      gap: calc(var(--media-spacing) * .5);
      flex-direction: column;
      display: flex;
    }

    .media-menu-content[data-submenu] {
      inset-inline: calc(var(--media-spacing) * 0);
      top: calc(var(--media-spacing) * 0);
      z-index: 10;
      max-height: inherit;
      padding: calc(var(--media-spacing) * 1);
    }

    .media-menu-content:not([data-submenu])[data-child-open] {
      filter: blur(var(--media-hidden-blur));
      translate: -100%;
    }

    .media-menu-content:not([data-submenu])[data-child-open]:before {
      content: "";
      display: none;
    }

    .media-menu-content[data-submenu]:is([data-starting-style], [data-ending-style]) {
      pointer-events: none;
      filter: blur(var(--media-hidden-blur));
      overflow: hidden;
      translate: 100%;
    }

    @supports (top: anchor(top)) {
      .media-menu-content:before {
        content: "";
        position-anchor: --media-menu-item-highlight-anchor;
        inset: anchor(inside);
        overflow-anchor: none;
        pointer-events: none;
        border-radius: var(--media-menu-item-radius);
        background-color: var(--media-accent);
        transition: inset var(--media-duration-fast) ease-in-out;
        position: absolute;
      }

      .media-menu-content:has([data-highlighted=""]):before {
        content: "";
        transition-duration: 0s;
      }
    }

    .media-menu-content:not([data-submenu])[data-child-open]:dir(rtl) {
      translate: 100%;
    }

    .media-menu-content[data-submenu]:is([data-starting-style], [data-ending-style]):dir(rtl) {
      translate: -100%;
    }

    .media-menu-hint {
      min-width: calc(var(--media-spacing) * 0);
      align-items: center;
      gap: calc(var(--media-spacing) * 1);
      color: currentColor;
      margin-inline-start: auto;
      padding-inline-start: calc(var(--media-spacing) * 2);
      display: inline-flex;
    }

    @supports (color: color-mix(in lab, red, red)) {
      .media-menu-hint {
        color: color-mix(in oklab, currentcolor 65%, transparent);
      }
    }

    .media-menu-hint-label {
      max-width: calc(var(--media-spacing) * 24);
      text-overflow: ellipsis;
      white-space: nowrap;
      overflow: hidden;
    }

    .media-menu-radio-group {
      max-height: inherit;
      gap: calc(var(--media-spacing) * .5);
      anchor-scope: --media-menu-item-highlight-anchor;
      flex-direction: column;
      display: flex;
    }

    @supports (top: anchor(top)) {
      .media-menu-radio-group:before {
        content: "";
        position-anchor: --media-menu-item-highlight-anchor;
        inset: anchor(inside);
        overflow-anchor: none;
        pointer-events: none;
        border-radius: var(--media-menu-item-radius);
        background-color: var(--media-accent);
        transition: inset var(--media-duration-fast) ease-in-out;
        position: absolute;
      }

      .media-menu-radio-group:has([data-highlighted=""]):before {
        content: "";
        transition-duration: 0s;
      }
    }

    .media-menu-separator {
      margin-block: calc(var(--media-spacing) * 1);
      border-bottom-style: solid;
      border-bottom-width: 1px;
      border-color: var(--media-border);
      box-shadow: 0 0 #0000,
        0 0 #0000,
        0 0 #0000,
        0 0 #0000,
        var(--media-shadow-separator);
      display: block;
    }

    @media (prefers-reduced-transparency: reduce), (prefers-contrast: more) {
      .media-menu-separator {
        border-color: var(--media-foreground);
      }

      @supports (color: color-mix(in lab, red, red)) {
        .media-menu-separator {
          border-color: color-mix(in oklab, var(--media-foreground) 25%, transparent);
        }
      }
    }

    .media-menu-trigger-item {
      cursor: pointer;
      justify-content: space-between;
      align-items: center;
      gap: calc(var(--media-spacing) * 1.5);
      border-radius: var(--media-menu-item-radius);
      padding-inline: calc(var(--media-spacing) * 2);
      padding-block: calc(var(--media-spacing) * 1.5);
      text-align: start;
      white-space: nowrap;
      color: inherit;
      font-variant-numeric: tabular-nums;
      outline-offset: -2px;
      transition-property: background-color, color;
      transition-duration: .15s;
      transition-duration: var(--media-duration-fast);
      -webkit-user-select: none;
      user-select: none;
      text-shadow: 0 1px 0 var(--media-shadow-current-color);
      outline: 2px solid #0000;
      transition-timing-function: cubic-bezier(.4, 0, .2, 1);
      display: flex;
      position: relative;
    }

    .media-menu-trigger-item:focus-visible {
      outline-offset: 2px;
      outline-color: var(--media-ring);
    }

    .media-menu-trigger-item[aria-disabled="true"] {
      pointer-events: none;
      cursor: not-allowed;
      opacity: .5;
    }

    .media-menu-trigger-item[data-availability="unavailable"], .media-menu-trigger-item[data-availability="unsupported"] {
      display: none;
    }

    .media-menu-trigger-item:where(:focus-visible, [aria-expanded="true"], [data-highlighted]):where(:not([aria-disabled="true"])) {
      background-color: var(--media-accent);
      color: var(--media-accent-foreground);
    }

    @media (hover: hover) {
      .media-menu-trigger-item:hover:where(:not([aria-disabled="true"])) {
        background-color: var(--media-accent);
        color: var(--media-accent-foreground);
      }
    }

    @supports (top: anchor(top)) {
      .media-menu-trigger-item {
        transition-duration: var(--media-duration-instant);
      }

      .media-menu-trigger-item[data-highlighted] {
        anchor-name: --media-menu-item-highlight-anchor;
      }

      .media-menu-trigger-item:where(:focus-visible, [aria-expanded="true"], [data-highlighted]):where(:not([aria-disabled="true"])) {
        transition-duration: var(--media-duration-slow);
        background-color: #0000;
      }

      @media (hover: hover) {
        .media-menu-trigger-item:hover:where(:not([aria-disabled="true"])) {
          transition-duration: var(--media-duration-slow);
          background-color: #0000;
        }
      }
    }

    .media-menu-trigger-item-icon {
      width: var(--media-icon-size, calc(var(--media-spacing) * 4.5));
      height: var(--media-icon-size, calc(var(--media-spacing) * 4.5));
      color: var(--media-muted-foreground);
      filter: drop-shadow(0 1px 0 var(--media-shadow-current-color));
      flex-shrink: 0;
    }

    @scope (.media-menu-trigger-item) {
      &:where(:focus-visible, [aria-expanded="true"], [data-highlighted]):where(:not([aria-disabled="true"])) .media-menu-trigger-item-icon {
        color: inherit;
      }
    }

    @media (hover: hover) {
      @scope (.media-menu-trigger-item) {
        &:hover:where(:not([aria-disabled="true"])) .media-menu-trigger-item-icon {
          color: inherit;
        }
      }
    }
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    .media-menu-badge {
      border-radius: var(--media-control-radius);
      background-color: var(--media-accent);
      padding-inline: calc(var(--media-spacing) * 1.5);
      font-size: .7em;
      font-weight: 600;
    }

    .media-menu-tier {
      color: currentColor;
      padding-inline-start: calc(var(--media-spacing) * .5);
      padding-top: 1px;
      font-size: .7em;
      font-weight: 600;
      line-height: 1;
    }

    @supports (color: color-mix(in lab, red, red)) {
      .media-menu-tier {
        color: color-mix(in oklab, currentcolor 70%, transparent);
      }
    }

    @scope (.media-menu-trigger-item) {
      
    }

    @media (hover: hover) {
      @scope (.media-menu-trigger-item) {
        
      }
    }
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    .media-menu-popup {
      margin: calc(var(--media-spacing) * 0);
      height: var(--media-menu-height);
      max-height: min(var(--media-menu-available-height, calc(var(--media-spacing) * 56)),
        calc(var(--media-spacing) * 56));
      width: var(--media-menu-width);
      max-width: var(--media-menu-available-width);
      min-width: calc(var(--media-spacing) * 44);
      overscroll-behavior: none;
      border-radius: var(--media-popup-radius);
      padding: calc(var(--media-spacing) * 1);
      transition-property: opacity, filter, transform, scale;
      transition-duration: var(--media-duration-fast);
      --media-popup-side-offset: var(--media-popover-side-offset);
      border-style: solid;
      border-width: 0;
      transition-timing-function: cubic-bezier(0, 0, .2, 1);
      overflow: hidden !important;
    }

    .media-menu-popup:is([data-starting-style], [data-ending-style]) {
      transition-property: opacity, filter, transform, scale;
      transition-duration: var(--media-duration-fast);
      transition-timing-function: cubic-bezier(0, 0, .2, 1);
    }

    .media-menu-resizable-popup {
      transition-property: opacity, filter, transform, scale, width, height;
      transition-duration: var(--media-duration-fast), var(--media-duration-fast), var(--media-duration-fast), var(--media-duration-fast),
        var(--media-duration-menu), var(--media-duration-menu);
    }

    .media-settings-menu-trigger-icon {
      transition-property: transform, translate, scale, rotate;
      transition-duration: .15s;
      transition-duration: var(--media-duration);
      transition-timing-function: cubic-bezier(.4, 0, .2, 1);
    }

    @scope (.media-settings-menu-trigger) {
      &[aria-expanded="true"] .media-settings-menu-trigger-icon {
        rotate: 90deg;
      }
    }

    @media (prefers-reduced-motion: reduce) {
      .media-settings-menu-trigger-icon {
        transition-property: none !important;
      }
    }

    .media-settings-menu-trigger-label {
      clip-path: inset(50%);
      white-space: nowrap;
      border-width: 0;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      position: absolute;
      overflow: hidden;
    }
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    .video-controls-backdrop {
      pointer-events: none;
      inset: calc(var(--media-spacing) * 0);
      z-index: 10;
      border-radius: inherit;
      background-image: var(--media-controls-gradient);
      transition-property: opacity;
      transition-duration: .15s;
      transition-duration: var(--media-duration-controls);
      transition-timing-function: cubic-bezier(0, 0, .2, 1);
      position: absolute;
    }

    .video-controls-backdrop:not([data-visible]) {
      opacity: 0;
    }

    @container media-root (width < 32rem) {
      .video-controls-captions-button {
        display: none;
      }
    }

    .video-controls-content {
      padding: calc(var(--media-spacing) * 1);
      color: var(--media-controls-foreground);
      transition-property: filter, opacity, scale, translate;
      transition-duration: .15s;
      transition-duration: calc(var(--media-duration-controls) / 2);
      text-shadow: 0 1px 0 var(--media-shadow-current-color);
      transition-timing-function: cubic-bezier(0, 0, .2, 1);
      display: contents;
    }

    @container media-root (width >= 32rem) {
      .video-controls-content {
        inset-inline: calc(var(--media-spacing) * 2);
        bottom: calc(var(--media-spacing) * 2);
        z-index: 30;
        border-radius: var(--media-controls-radius);
        background-color: var(--media-popover);
        color: var(--media-popover-foreground);
        box-shadow: 0 0 0 1px var(--media-surface-border, var(--media-border)),
          var(--media-shadow-surface);
        backdrop-filter: var(--media-backdrop-filter-surface);
        align-items: center;
        display: flex;
        position: absolute;
      }

      .video-controls-content:not([data-visible]) {
        pointer-events: none;
        translate: 0 var(--media-hidden-offset);
        scale: var(--media-hidden-scale) var(--media-hidden-scale);
        opacity: 0;
        transition-duration: var(--media-duration-controls);
      }

      .video-controls-content:after {
        content: "";
        z-index: 10;
        pointer-events: none;
        border-radius: inherit;
        box-shadow: var(--media-shadow-surface-inset);
        position: absolute;
        inset: 0;
      }

      @media (pointer: fine) {
        .video-controls-content:not([data-visible]) {
          filter: blur(var(--media-hidden-blur));
        }
      }
    }

    @container media-root (width >= 42rem) {
      .video-controls-content {
        inset-inline: calc(var(--media-spacing) * 3);
        bottom: calc(var(--media-spacing) * 3);
      }
    }

    .video-controls-primary {
      inset-inline: calc(var(--media-spacing) * 2);
      bottom: calc(var(--media-spacing) * 2);
      z-index: 30;
      transform-origin: bottom;
      border-radius: var(--media-controls-radius);
      padding: calc(var(--media-spacing) * .5);
      transition-property: filter, opacity, scale, translate;
      transition-duration: .15s;
      transition-duration: calc(var(--media-duration-controls) / 2);
      align-items: center;
      transition-timing-function: cubic-bezier(0, 0, .2, 1);
      display: flex;
      position: absolute;
    }

    @container media-root (width >= 32rem) {
      .video-controls-primary {
        display: contents;
      }
    }

    @container media-root (width < 32rem) {
      .video-controls-primary {
        background-color: var(--media-popover);
        color: var(--media-popover-foreground);
        box-shadow: 0 0 0 1px var(--media-surface-border, var(--media-border)),
          var(--media-shadow-surface);
        backdrop-filter: var(--media-backdrop-filter-surface);
      }

      @scope (.video-controls-content) {
        &:not([data-visible]) .video-controls-primary {
          pointer-events: none;
          translate: 0 var(--media-hidden-offset);
          scale: var(--media-hidden-scale) var(--media-hidden-scale);
          opacity: 0;
          transition-duration: var(--media-duration-controls);
        }
      }

      .video-controls-primary:after {
        content: "";
        z-index: 10;
        pointer-events: none;
        border-radius: inherit;
        box-shadow: var(--media-shadow-surface-inset);
        position: absolute;
        inset: 0;
      }

      @media (pointer: fine) {
        @scope (.video-controls-content) {
          &:not([data-visible]) .video-controls-primary {
            filter: blur(var(--media-hidden-blur));
          }
        }
      }
    }

    .video-controls-secondary {
      top: calc(var(--media-spacing) * 2);
      right: calc(var(--media-spacing) * 2);
      z-index: 30;
      transform-origin: top;
      border-radius: var(--media-controls-radius);
      padding: calc(var(--media-spacing) * .5);
      transition-property: filter, opacity, scale, translate;
      transition-duration: .15s;
      transition-duration: calc(var(--media-duration-controls) / 2);
      align-items: center;
      gap: 1px;
      transition-timing-function: cubic-bezier(0, 0, .2, 1);
      display: flex;
      position: absolute;
    }

    @container media-root (width >= 32rem) {
      .video-controls-secondary {
        padding: calc(var(--media-spacing) * 0);
        position: static;
      }
    }

    @container media-root (width < 32rem) {
      .video-controls-secondary {
        background-color: var(--media-popover);
        color: var(--media-popover-foreground);
        box-shadow: 0 0 0 1px var(--media-surface-border, var(--media-border)),
          var(--media-shadow-surface);
        backdrop-filter: var(--media-backdrop-filter-surface);
      }

      @scope (.video-controls-content) {
        &:not([data-visible]) .video-controls-secondary {
          pointer-events: none;
          translate: 0 calc(var(--media-hidden-offset) * -1);
          scale: var(--media-hidden-scale) var(--media-hidden-scale);
          opacity: 0;
          transition-duration: var(--media-duration-controls);
        }
      }

      .video-controls-secondary:after {
        content: "";
        z-index: 10;
        pointer-events: none;
        border-radius: inherit;
        box-shadow: var(--media-shadow-surface-inset);
        position: absolute;
        inset: 0;
      }

      @media (pointer: fine) {
        @scope (.video-controls-content) {
          &:not([data-visible]) .video-controls-secondary {
            filter: blur(var(--media-hidden-blur));
          }
        }
      }
    }

    @container media-root (width >= 32rem) {
      .video-controls-settings-button {
        margin-inline-start: 1px;
      }
    }

    .video-controls-volume-button {
      margin-inline-start: 1px;
    }

    .video-time-slider-group {
      align-items: center;
      gap: calc(var(--media-spacing) * 2.5);
      padding-inline: calc(var(--media-spacing) * 2);
      flex: 1;
      display: flex;
      container: media-time / inline-size;
    }

    @container media-root (width >= 32rem) {
      .video-time-slider-group {
        padding-inline: calc(var(--media-spacing) * 3);
      }
    }

    @container media-time (width < 16rem) {
      .video-time-value {
        display: none;
      }
    }
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    .media-time-toggle {
      cursor: pointer;
      font-variant-numeric: tabular-nums;
      outline-offset: -2px;
      transition-property: outline-color, outline-offset;
      transition-duration: .15s;
      transition-duration: var(--media-duration-fast);
      border-radius: .25rem;
      outline: 2px solid #0000;
      transition-timing-function: cubic-bezier(0, 0, .2, 1);
    }

    .media-time-toggle:focus-visible {
      outline-offset: 2px;
      outline-color: var(--media-ring);
    }

    .media-time-toggle[aria-disabled="true"] {
      cursor: not-allowed;
      opacity: .5;
    }

    .media-time-value {
      font-variant-numeric: tabular-nums;
      transition-property: opacity;
      transition-duration: .15s;
      transition-duration: var(--media-duration-slow);
      transition-timing-function: cubic-bezier(0, 0, .2, 1);
    }

    .media-time-value[data-unavailable] {
      opacity: .5;
    }
  }

  @scope (.media-skin[data-theme="default"][data-preset="video"]) {
    @media (pointer: fine) {
      .video-skin:not([data-controls-visible]), :scope.video-skin:not([data-controls-visible]) {
        cursor: none;
      }
    }
  }
}

@layer utilities;

@layer base.theme {
  .media-skin {
    --media-background: oklch(0% 0 0);
    --media-foreground: oklch(100% 0 0);
    --media-controls: oklch(0% 0 0 / .35);
    --media-controls-foreground: var(--media-foreground);
    --media-popover: oklch(100% 0 0 / .1);
    --media-popover-foreground: var(--media-foreground);
    --media-primary: var(--media-accent-color, var(--media-default-accent-color));
    --media-primary-foreground: var(--media-accent-text-color, contrast-color(var(--media-accent-color, var(--media-default-accent-color))));
    --media-accent: var(--media-accent-color, color-mix(in oklab, var(--media-default-accent-color) 10%, transparent));
    --media-accent-foreground: var(--media-accent-text-color, contrast-color(var(--media-accent-color, var(--media-internal-accent-text-fallback, oklch(0% 0 0)))));
    --media-muted: oklch(100% 0 0 / .15);
    --media-muted-foreground: oklch(100% 0 0 / .65);
    --media-border: oklch(0% 0 0 / .1);
    --media-ring: oklch(100% 0 0);
    --media-backdrop: oklch(0% 0 0);
    --media-live-color: oklch(65% .22 27);
    --media-shadow-surface: 0 1px 3px 0 oklch(0% 0 0 / .15), 0 1px 2px -1px oklch(0% 0 0 / .15);
    --media-shadow-surface-inset: inset 0 1px 0 0 #ffffff1a, inset 0 0 0 1px #ffffff0d;
    --media-shadow-thumb: 0 0 0 1px #0000001a, 0 1px 3px 0 #00000059, 0 1px 2px -1px #00000059;
    --media-shadow-tooltip: 0 0 0 1px var(--media-border), var(--media-shadow-surface);
    --media-shadow-separator: 0 1px 0 0 oklch(100% 0 0 / .075);
    --media-shadow-current-color: oklch(from currentColor 0 0 0 / clamp(0, calc((l - .5) * .5), .15));
    --media-shadow-subtle-current-color: oklch(from var(--media-shadow-current-color) l c h / calc(alpha * .4));
    --media-text-shadow-dialog: 0 1px 0 #00000040;
    --media-backdrop-filter-surface: blur(16px) saturate(150%);
    --media-backdrop-filter-indicator: blur(8px);
    --media-backdrop-filter-dialog: blur(16px) saturate(150%);
    --media-control-corner-shape: round;
    --media-control-radius: 99px;
    --media-control-size: calc(var(--media-spacing) * 9);
    --media-controls-radius: var(--media-control-radius);
    --media-default-accent-color: oklch(100% 0 0);
    --media-duration-instant: 50ms;
    --media-duration-fast: .1s;
    --media-duration: .15s;
    --media-duration-slow: .2s;
    --media-duration-slower: .25s;
    --media-duration-controls: .1s;
    --media-duration-dialog: .35s;
    --media-duration-indicator: var(--media-duration-slower);
    --media-duration-menu: .25s;
    --media-duration-slider: var(--media-duration-fast);
    --media-delay-dialog: .1s;
    --media-hidden-scale: .95;
    --media-hidden-blur: 8px;
    --media-hidden-offset: calc(var(--media-spacing) * 1);
    --media-hidden-icon-scale: 0;
    --media-hidden-indicator-scale: .9;
    --media-hidden-indicator-offset: -25%;
    --media-hidden-playback-scale: .85;
    --media-hidden-popup-scale: .95;
    --media-hidden-popup-blur: 4px;
    --media-hidden-preview-scale: .8;
    --media-hidden-preview-offset: calc(var(--media-spacing) * 2);
    --media-hidden-seek-offset: 60%;
    --media-menu-item-radius: calc(var(--media-spacing) * 2);
    --media-popover-boundary-offset: calc(var(--media-spacing) * 3);
    --media-popover-side-offset: calc(var(--media-spacing) * 3);
    --media-popup-radius: calc(var(--media-spacing) * 3);
    --media-popup-translate-distance: calc(var(--media-spacing) * 2);
    --media-tooltip-boundary-offset: var(--media-popover-boundary-offset);
    --media-tooltip-side-offset: var(--media-popover-side-offset);
    --media-dialog-radius: calc(var(--media-spacing) * 7);
    --media-dialog-width: calc(100% - var(--media-spacing) * 6);
    --media-dialog-max-width: calc(var(--media-spacing) * 72);
    --media-slider-preview-label-offset: calc(var(--media-spacing) * 10.5);
    --media-video-border-radius: var(--media-border-radius, 28px);
    --media-scale: 1;
    --media-scrollbar-thumb-color: oklch(from currentColor l c h / .3);
    --media-spacing: calc(var(--media-scale-unit, 16px) * var(--media-scale) / 4);
    scrollbar-color: var(--media-scrollbar-thumb-color) transparent;
    scrollbar-width: thin;
  }

  .media-skin::-webkit-scrollbar-thumb {
    background: var(--media-scrollbar-thumb-color);
    border-radius: 9999px;
  }

  .media-skin:fullscreen {
    --media-object-fit: contain;
    --media-video-border-radius: 0;
  }

  @media (width >= 1280px) {
    .media-skin:fullscreen {
      --media-scale: 1.25;
    }
  }

  @media (width >= 1536px) {
    .media-skin:fullscreen {
      --media-scale: 1.5;
    }
  }

  @media (width >= 1920px) {
    .media-skin:fullscreen {
      --media-scale: 1.75;
    }
  }

  .media-skin[data-theme="minimal"] {
    --media-control-corner-shape: squircle;
    --media-control-radius: calc(var(--media-spacing) * 2);
    --media-control-size: calc(var(--media-spacing) * 9.5);
    --media-controls-radius: calc(var(--media-spacing) * 3);
    --media-popover: oklch(0% 0 0 / .5);
    --media-border: oklch(100% 0 0 / .1);
    --media-shadow-surface: 0 1px 2px oklch(0% 0 0 / .2);
    --media-shadow-thumb: 0 0 0 1px #00000026, 0 1px 3px 0 #00000026, 0 1px 2px -1px #00000026;
    --media-text-shadow-dialog: 0 1px 0 #00000080;
    --media-backdrop-filter-dialog: blur(16px) saturate(120%);
    --media-shadow-tooltip: 0 0 0 1px var(--media-border), 0 4px 6px -1px oklch(0% 0 0 / .2), 0 2px 4px -2px oklch(0% 0 0 / .2);
    --media-duration-dialog: var(--media-duration);
    --media-duration-indicator: .4s;
    --media-hidden-offset: 100%;
    --media-hidden-indicator-offset: -100%;
    --media-menu-item-radius: calc(var(--media-spacing) * 1.5);
    --media-popover-boundary-offset: calc(var(--media-spacing) * 2);
    --media-popover-side-offset: calc(var(--media-spacing) * 5);
    --media-popup-radius: calc(var(--media-spacing) * 2.5);
    --media-popup-translate-distance: calc(var(--media-spacing) * 2);
    --media-dialog-width: 100%;
    --media-dialog-max-width: calc(var(--media-spacing) * 64);
    --media-slider-preview-label-offset: calc(var(--media-spacing) * 5);
    --media-video-border-radius: var(--media-border-radius, 12px);
  }

  .media-skin:is([data-preset="video"], [data-preset="live-video"]) {
    --media-frame-border: var(--media-border-color, light-dark(#0000001a, #ffffff26));
    --media-controls-gradient: linear-gradient(to top in oklab,
      oklch(from var(--media-backdrop) l c h / .5),
      oklch(from var(--media-backdrop) l c h / .3) 25%,
      transparent);
    --media-caption-controls-y: calc(var(--media-spacing) * -14);
    --media-slider-preview-offset: calc(var(--media-spacing) * 9);
    --media-thumbnail-gradient: linear-gradient(to top,
      oklch(from var(--media-backdrop) l c h / .5),
      oklch(from var(--media-backdrop) l c h / .1),
      transparent);
  }

  .media-skin:is([data-preset="video"], [data-preset="live-video"])[data-theme="minimal"] {
    --media-frame-border: var(--media-border-color, light-dark(#00000026, #ffffff26));
    --media-controls-gradient: linear-gradient(to top in oklab,
      oklch(from var(--media-backdrop) l c h / .7),
      oklch(from var(--media-backdrop) l c h / .5) calc(var(--media-spacing) * 30),
      transparent);
    --media-indicator-gradient: linear-gradient(to bottom,
      oklch(from var(--media-backdrop) l c h / .35),
      oklch(from var(--media-backdrop) l c h / .2) calc(var(--media-spacing) * 12),
      transparent);
    --media-caption-controls-y: calc(var(--media-spacing) * -18);
    --media-slider-preview-offset: calc(var(--media-spacing) * 11);
  }
}

@layer base.preferences {
  @media (pointer: fine) and (prefers-reduced-motion: no-preference) {
    .media-skin:not([data-controls-visible]) {
      --media-duration-controls: .3s;
    }
  }

  @media (pointer: coarse) and (prefers-reduced-motion: no-preference) {
    .media-skin:not([data-controls-visible]) {
      --media-duration-controls: .15s;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .media-skin {
      --media-duration-fast: var(--media-duration-instant);
      --media-duration: var(--media-duration-instant);
      --media-duration-slow: var(--media-duration-instant);
      --media-duration-slower: var(--media-duration-instant);
      --media-duration-controls: var(--media-duration-instant);
      --media-duration-dialog: var(--media-duration-instant);
      --media-duration-indicator: var(--media-duration-instant);
      --media-duration-menu: 0s;
      --media-duration-slider: 0s;
      --media-delay-dialog: 0s;
      --media-hidden-scale: 1;
      --media-hidden-blur: 0px;
      --media-hidden-offset: 0px;
      --media-hidden-icon-scale: 1;
      --media-hidden-indicator-scale: 1;
      --media-hidden-indicator-offset: 0px;
      --media-hidden-playback-scale: 1;
      --media-hidden-popup-scale: 1;
      --media-hidden-popup-blur: 0px;
      --media-hidden-preview-scale: 1;
      --media-hidden-preview-offset: 0px;
      --media-hidden-seek-offset: 0px;
      --media-popup-translate-distance: 0px;
      --media-spinner-animation: none;
      --media-icon-airplay-fill-animation: none;
      --media-icon-airplay-triangle-animation: none;
    }
  }

  @media (prefers-reduced-transparency: reduce), (prefers-contrast: more) {
    .media-skin {
      --media-popover: var(--media-background);
      --media-scrollbar-thumb-color: oklch(from currentColor l c h / .8);
      --media-backdrop-filter-surface: none;
      --media-backdrop-filter-indicator: none;
      --media-backdrop-filter-dialog: none;
      --media-shadow-surface-inset: inset 0 1px 0 0 #ffffff40, inset 0 0 0 1px #ffffff20;
      scrollbar-width: auto;
    }
  }

  @media (forced-colors: active) {
    .media-skin {
      --media-border: CanvasText;
      --media-frame-border: CanvasText;
      --media-popover: Canvas;
      --media-popover-foreground: CanvasText;
      --media-ring: CanvasText;
      --media-shadow-surface-inset: inset 0 1px 0 0 CanvasText, inset 0 0 0 1px CanvasText;
    }
  }
}
`;var ff=class extends uf{static{this.tagName="video-skin"}static{this.styles=un(mf)}static{this.template=pf}};var iT=Symbol.for("@videojs/i18n"),ie=iT;var na;function ra(){return na??=Sn(Tn(he),he),na}var ae=class{#e;#t;#i;constructor(e,t){this.#e=e,this.#t=new C(e,{context:t,callback:()=>this.#e.requestUpdate(),subscribe:!0}),e.addController(this)}get value(){return this.#t.value?.translator??ra()}get locale(){return this.#t.value?.locale??he}hostConnected(){na=void 0,this.#i=wn(()=>{na=void 0,this.#t.value||this.#e.requestUpdate()})}hostDisconnected(){this.#i?.(),this.#i=void 0}};function nT(e,t){return qo(e,t)}function aa(e){let t=xr(e.lang),i=e.parentElement??(typeof document<"u"?document.documentElement:null);return nT(t,xr(Wo(i)))}function hf({context:e,loader:t=As}){return i=>{class n extends i{constructor(...a){super(...a),this.lang="",this.dir="",this.#e=new ne(this,{context:e,initialValue:{translator:ra(),locale:he}}),this.#n=0,this.#r={},this.#a=0,this.#s={translator:ra(),locale:he},this.#c=-1}static{this.properties={...i.properties,lang:{type:String,reflect:!0},dir:{type:String,reflect:!0}}}#e;#t;#i;#n;#r;#a;#o;#l;#s;#d;#c;#u;#p;get i18nValue(){return this.#s}connectedCallback(){super.connectedCallback(),this.#t=wn(()=>{this.#n+=1,this.requestUpdate()}),this.#i=Go(()=>this.requestUpdate()),this.#f(),this.#g(),this.requestUpdate()}disconnectedCallback(){super.disconnectedCallback(),this.#t?.(),this.#t=void 0,this.#i?.(),this.#i=void 0,this.#a+=1,this.#r={},this.#o=void 0,this.#l=void 0}willUpdate(a){super.willUpdate(a);let o=aa(this);if(this.#o!==o){let s=this.#o!==void 0;this.#o=o;let l=!s&&this.#l!==void 0&&o!==this.#l;(s||l)&&this.#f()}this.#h(o),this.#g()}#f(){let a=aa(this);this.#l=a,this.#a+=1;let o=this.#a;this.#r={},(async()=>{let{merged:s,loadedTags:l}=await Ko(a,t,et);if(o===this.#a){if(Ts(a,l,s)){let d=await ws(a);if(o!==this.#a)return;Object.keys(d).length&&ys(a,d)}o===this.#a&&(this.#r=s,this.requestUpdate())}})()}#m(){return aa(this)}#h(a){let o=this.dir.trim().toLowerCase(),s=this.#p!==void 0&&o===this.#p;if(!this.lang.trim()){s&&(this.dir=""),this.#p=void 0;return}if(o&&!s){this.#p=void 0;return}let l=Ho(a);this.#p=l,this.dir!==l&&(this.dir=l)}#g(){let a=this.#m();if(this.#d===a&&this.#c===this.#n&&this.#u===this.#r)return;let o=Tn(a),s={...this.#r,...o},l=Sn(s,a);this.#s={translator:l,locale:a},this.#d=a,this.#c=this.#n,this.#u=this.#r,this.#e.setValue(this.#s)}}return n}}var rT=hf({context:ie}),gf=class extends rT(gt){static{this.tagName="media-i18n"}};function bf({context:e}){return t=>{class i extends t{constructor(...r){super(...r),this.#e=new ae(this,e),this.token=""}static{this.properties={token:{type:String}}}#e;#t;connectedCallback(){this.#t??=this.textContent?.trim()??"",super.connectedCallback()}updated(r){if(super.updated(r),!this.#t){this.textContent="";return}let a=this.token?{key:this.token,text:this.#t}:this.#t;this.textContent=typeof a=="string"?a:H(a,this.#e.value)}}return i}}var aT=bf({context:ie}),vf=class extends aT(gt){static{this.tagName="media-text"}};k(gf);k(vf);var yf='<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" fill="currentColor" aria-hidden="true" viewBox="0 0 18 18"><path d="M14.5 2A3.5 3.5 0 0 1 18 5.5v5l-.005.18a3.5 3.5 0 0 1-3.027 3.288L13 12h1.5a1.5 1.5 0 0 0 1.5-1.5v-5A1.5 1.5 0 0 0 14.5 4h-11A1.5 1.5 0 0 0 2 5.5v5A1.5 1.5 0 0 0 3.5 12H5l-1.968 1.967A3.5 3.5 0 0 1 0 10.5v-5A3.5 3.5 0 0 1 3.5 2z"/><path d="M8.631 10.902a.5.5 0 0 1 .738 0l4.363 4.76a.5.5 0 0 1-.369.838H4.637a.5.5 0 0 1-.369-.838z"/></svg>';var kf='<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" fill="currentColor" aria-hidden="true" viewBox="0 0 18 18"><style>@keyframes media-icon-airplay-triangle{0%{translate:0 0}to{translate:0-2px}}@keyframes media-icon-airplay-fill{0%{opacity:0}to{opacity:.2}}@media (prefers-reduced-motion:reduce){:root{--media-icon-airplay-fill-animation:none;--media-icon-airplay-triangle-animation:none}}</style><path d="M14.5 2A3.5 3.5 0 0 1 18 5.5v5a3.5 3.5 0 0 1-3.032 3.468L9.354 8.354a.5.5 0 0 0-.708 0l-5.615 5.614A3.5 3.5 0 0 1 0 10.5v-5A3.5 3.5 0 0 1 3.5 2z" style="animation:var(--media-icon-airplay-fill-animation, media-icon-airplay-fill 1s ease-in-out infinite alternate)"/><path d="M14.5 2A3.5 3.5 0 0 1 18 5.5v5l-.005.18a3.5 3.5 0 0 1-3.027 3.288L13 12h1.5a1.5 1.5 0 0 0 1.5-1.5v-5A1.5 1.5 0 0 0 14.5 4h-11A1.5 1.5 0 0 0 2 5.5v5A1.5 1.5 0 0 0 3.5 12H5l-1.968 1.967A3.5 3.5 0 0 1 0 10.5v-5A3.5 3.5 0 0 1 3.5 2z"/><path d="M8.631 10.902a.5.5 0 0 1 .738 0l4.363 4.76a.5.5 0 0 1-.369.838H4.637a.5.5 0 0 1-.369-.838z" style="animation:var(--media-icon-airplay-triangle-animation, media-icon-airplay-triangle 1s ease-in-out infinite alternate)"/></svg>';var xf='<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" fill="none" aria-hidden="true" viewBox="0 0 18 18"><rect width="16" height="12" x="1" y="3" stroke="currentColor" stroke-width="2" rx="3"/><rect width="3" height="2" x="3" y="8" fill="currentColor" fill-opacity=".5" rx="1"/><rect width="2" height="2" x="13" y="8" fill="currentColor" fill-opacity=".5" rx="1"/><rect width="4" height="2" x="11" y="11" fill="currentColor" fill-opacity=".5" rx="1"/><rect width="5" height="2" x="7" y="8" fill="currentColor" fill-opacity=".5" rx="1"/><rect width="7" height="2" x="3" y="11" fill="currentColor" fill-opacity=".5" rx="1"/></svg>';var Tf='<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" fill="currentColor" aria-hidden="true" viewBox="0 0 18 18"><path d="M15 2a3 3 0 0 1 3 3v8a3 3 0 0 1-3 3H3a3 3 0 0 1-3-3V5a3 3 0 0 1 3-3zM4 11a1 1 0 1 0 0 2h5a1 1 0 1 0 0-2zm8 0a1 1 0 1 0 0 2h2a1 1 0 1 0 0-2zM4 8a1 1 0 0 0 0 2h1a1 1 0 0 0 0-2zm4 0a1 1 0 0 0 0 2h3a1 1 0 1 0 0-2zm6 0a1 1 0 1 0 0 2 1 1 0 0 0 0-2"/></svg>';var wf='<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" fill="currentColor" aria-hidden="true" viewBox="0 0 18 18"><path d="M14.5 2A3.5 3.5 0 0 1 18 5.5v7l-.005.18a3.5 3.5 0 0 1-3.315 3.315L14.5 16h-7c0-.693-.096-1.363-.271-2H14.5a1.5 1.5 0 0 0 1.5-1.5v-7A1.5 1.5 0 0 0 14.5 4h-11A1.5 1.5 0 0 0 2 5.5v3.271A7.5 7.5 0 0 0 0 8.5v-3A3.5 3.5 0 0 1 3.5 2zM0 12a4 4 0 0 1 4 4H2.5A2.5 2.5 0 0 0 0 13.5z"/><path d="M0 9.5A6.5 6.5 0 0 1 6.5 16H5a5 5 0 0 0-5-5zm0 5A1.5 1.5 0 0 1 1.5 16h-1a.5.5 0 0 1-.5-.5z"/></svg>';var Sf='<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" fill="currentColor" aria-hidden="true" viewBox="0 0 18 18"><path d="M14.5 2A3.5 3.5 0 0 1 18 5.5v7a3.5 3.5 0 0 1-3.5 3.5h-7c0-.693-.096-1.363-.271-2H14.5a1.5 1.5 0 0 0 1.5-1.5v-7A1.5 1.5 0 0 0 14.5 4h-11A1.5 1.5 0 0 0 2 5.5v3.271A7.5 7.5 0 0 0 0 8.5v-3A3.5 3.5 0 0 1 3.5 2z"/><path d="M13.5 5.5a1 1 0 0 1 1 1v5a1 1 0 0 1-1 1H6.634A7.53 7.53 0 0 0 3.5 9.366V6.5a1 1 0 0 1 1-1zM0 12a4 4 0 0 1 4 4H2.5A2.5 2.5 0 0 0 0 13.5z"/><path d="M0 9.5A6.5 6.5 0 0 1 6.5 16H5a5 5 0 0 0-5-5zm0 5A1.5 1.5 0 0 1 1.5 16h-1a.5.5 0 0 1-.5-.5z"/></svg>';var Ef='<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" fill="none" aria-hidden="true" viewBox="0 0 18 18"><path stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="M4 10.455 6.5 13 14 5"/></svg>';var Cf='<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" fill="none" aria-hidden="true" viewBox="0 0 18 18"><path stroke="currentColor" stroke-linecap="round" stroke-width="2" d="m11.964 9.014-4.95-4.95m0 9.9 4.95-4.95"/></svg>';var Pf='<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" fill="currentColor" aria-hidden="true" viewBox="0 0 18 18"><path d="M9.57 3.617A1 1 0 0 0 8.646 3H4c-.552 0-1 .449-1 1v4.646a.996.996 0 0 0 1.001 1 1 1 0 0 0 .706-.293l4.647-4.647a1 1 0 0 0 .216-1.089m4.812 4.812a1 1 0 0 0-1.089.217l-4.647 4.647a.998.998 0 0 0 .708 1.706H14c.552 0 1-.449 1-1V9.353a1 1 0 0 0-.618-.924"/></svg>';var Af='<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" fill="currentColor" aria-hidden="true" viewBox="0 0 18 18"><path d="M7.883 1.93a.99.99 0 0 0-1.09.217L2.146 6.793A.998.998 0 0 0 2.853 8.5H7.5c.551 0 1-.449 1-1V2.854a1 1 0 0 0-.617-.924m7.263 7.57H10.5c-.551 0-1 .449-1 1v4.646a.996.996 0 0 0 1.001 1.001 1 1 0 0 0 .706-.293l4.646-4.646a.998.998 0 0 0-.707-1.707z"/></svg>';var If='<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" fill="currentColor" aria-hidden="true" viewBox="0 0 18 18"><path d="M7.519 2.184c.357-1.578 2.605-1.579 2.962 0a1.518 1.518 0 0 0 2.292.949c1.368-.864 2.957.727 2.094 2.096-.56.886-.074 2.06.949 2.292 1.579.356 1.578 2.606 0 2.962a1.52 1.52 0 0 0-.95 2.293c.864 1.369-.725 2.96-2.093 2.095a1.52 1.52 0 0 0-2.292.95c-.357 1.578-2.606 1.578-2.962 0a1.52 1.52 0 0 0-2.292-.95c-1.368.864-2.957-.726-2.094-2.095a1.52 1.52 0 0 0-.949-2.293c-1.579-.356-1.579-2.606 0-2.962a1.52 1.52 0 0 0 .95-2.292c-.864-1.369.725-2.96 2.093-2.096.887.56 2.061.074 2.292-.95m1.48 3.474a3.343 3.343 0 1 0 .002 6.687 3.343 3.343 0 0 0-.002-6.687"/></svg>';var Mf='<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" fill="currentColor" aria-hidden="true" viewBox="0 0 18 18"><rect width="5" height="14" x="2" y="2" rx="1.75"/><rect width="5" height="14" x="11" y="2" rx="1.75"/></svg>';var Rf='<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" fill="currentColor" aria-hidden="true" viewBox="0 0 18 18"><path d="M13 2a4 4 0 0 1 4 4v2.036A3.5 3.5 0 0 0 16.5 8H15V6.273C15 5.018 13.96 4 12.679 4H4.32C3.04 4 2 5.018 2 6.273v5.454C2 12.982 3.04 14 4.321 14H6v1.5q0 .255.036.5H4a4 4 0 0 1-4-4V6a4 4 0 0 1 4-4z"/><rect width="10" height="7" x="8" y="10" rx="2"/><path d="M7.129 5.547a.6.6 0 0 0-.656.13L3.677 8.473A.6.6 0 0 0 4.102 9.5h2.796c.332 0 .602-.27.602-.602V6.103a.6.6 0 0 0-.371-.556"/></svg>';var Df='<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" fill="currentColor" aria-hidden="true" viewBox="0 0 18 18"><path d="M13 2a4 4 0 0 1 4 4v2.036A3.5 3.5 0 0 0 16.5 8H15V6.273C15 5.018 13.96 4 12.679 4H4.32C3.04 4 2 5.018 2 6.273v5.454C2 12.982 3.04 14 4.321 14H6v1.5q0 .255.036.5H4a4 4 0 0 1-4-4V6a4 4 0 0 1 4-4z"/><rect width="10" height="7" x="8" y="10" rx="2"/><path d="M4.871 10.454a.6.6 0 0 0 .656-.131l2.796-2.796A.6.6 0 0 0 7.898 6.5H5.102a.603.603 0 0 0-.602.602v2.795a.6.6 0 0 0 .371.556"/></svg>';var Of='<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" fill="currentColor" aria-hidden="true" viewBox="0 0 18 18"><path d="m14.051 10.723-7.985 4.964a1.98 1.98 0 0 1-2.758-.638A2.06 2.06 0 0 1 3 13.964V4.036C3 2.91 3.895 2 5 2c.377 0 .747.109 1.066.313l7.985 4.964a2.057 2.057 0 0 1 .627 2.808c-.16.257-.373.475-.627.637"/></svg>';var Lf='<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" fill="currentColor" aria-hidden="true" viewBox="0 0 18 18"><path d="M9 1a7.98 7.98 0 0 0-6.132 2.867l-1.441-1.44A.25.25 0 0 0 1 2.604V6.75c0 .138.112.25.25.25h4.146a.25.25 0 0 0 .177-.427L4.29 5.29A5.99 5.99 0 0 1 9 3a6 6 0 1 1-6 6H1a8 8 0 1 0 8-8"/><path d="m11.61 9.639-3.331 2.07a.826.826 0 0 1-1.15-.266.86.86 0 0 1-.129-.452V6.849C7 6.38 7.374 6 7.834 6c.158 0 .312.045.445.13l3.331 2.071a.858.858 0 0 1 0 1.438"/></svg>';var Nf='<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" fill="currentColor" aria-hidden="true" viewBox="0 0 18 18"><path d="M6 12a5 5 0 0 1 4.511 2.843c.273.57-.203 1.157-.835 1.157H2.325c-.633 0-1.109-.587-.836-1.157A5 5 0 0 1 6.001 12M8.5 8.5a2.5 2.5 0 1 1-5 0 2.5 2.5 0 0 1 5 0"/><path fill-opacity=".5" d="M14.5 2A1.5 1.5 0 0 1 16 3.5v2A1.5 1.5 0 0 1 14.5 7H12l-1.146 1.146A.5.5 0 0 1 10 7.793v-.88A1.5 1.5 0 0 1 9 5.5v-2A1.5 1.5 0 0 1 10.5 2z"/></svg>';var zf='<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" fill="currentColor" aria-hidden="true" viewBox="0 0 18 18"><path d="M9 18q-.213 0-.424-.012h.85Q9.214 18 9 18M9 2a8 8 0 0 1 8 8c0 1.975-.719 3.78-1.905 5.175a.75.75 0 0 1-1.204.018l-1.509-1.971a.75.75 0 0 1 .596-1.206h1.674a6 6 0 1 0-11.304 0h1.68a.75.75 0 0 1 .596 1.206l-1.507 1.971a.75.75 0 0 1-1.133.07l-.003.004A8 8 0 0 1 9 2"/><rect width="6" height="2" x="6" y="14" fill-opacity=".5" rx="1"/><path d="M8.3 6.318c.246-.64 1.154-.64 1.4 0L10.732 9h-.002a2 2 0 1 1-3.46 0h-.001z"/><g fill-opacity=".5"><circle cx="5" cy="10.25" r=".75"/><circle cx="13" cy="10.25" r=".75"/><circle cx="6" cy="7.25" r=".75"/><circle cx="12" cy="7.25" r=".75"/></g></svg>';var Vf='<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" fill="none" stroke="currentColor" stroke-linecap="round" stroke-width="2" aria-hidden="true" viewBox="0 0 18 18"><style>@keyframes media-spinner-fade{0%{opacity:1}to{opacity:0}}.media-spinner__segment{animation:var(--media-spinner-animation, media-spinner-fade 1s steps(8, end) infinite);animation-delay:var(--media-spinner-delay)}@media (prefers-reduced-motion:reduce){.media-spinner__segment{animation:none}}</style><path d="M9 1.5v3" class="media-spinner__segment" opacity=".5" style="--media-spinner-delay:0s"/><path d="m14.5 3.5-2 2" class="media-spinner__segment" opacity=".45" style="--media-spinner-delay:0.125s"/><path d="M16.5 9h-3" class="media-spinner__segment" opacity=".4" style="--media-spinner-delay:0.25s"/><path d="m14.5 14.5-2-2" class="media-spinner__segment" opacity=".35" style="--media-spinner-delay:0.375s"/><path d="M9 16.5v-3" class="media-spinner__segment" opacity=".3" style="--media-spinner-delay:0.5s"/><path d="m3.5 14.5 2-2" class="media-spinner__segment" opacity=".25" style="--media-spinner-delay:0.625s"/><path d="M1.5 9h3" class="media-spinner__segment" opacity=".15" style="--media-spinner-delay:0.75s"/><path d="m3.5 3.5 2 2" class="media-spinner__segment" opacity=".1" style="--media-spinner-delay:0.875s"/></svg>';var Ff='<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" fill="currentColor" aria-hidden="true" viewBox="0 0 18 18"><path d="M12.5 9.5a3.5 3.5 0 1 1 0 7h-7a3.5 3.5 0 1 1 0-7zm-2 1.5a2 2 0 1 0 0 4h2a2 2 0 1 0 0-4z"/><path fill-opacity=".5" d="M12.5 1.5a3.5 3.5 0 1 1 0 7h-7a3.5 3.5 0 1 1 0-7zM5.5 3a2 2 0 1 0 0 4h2a2 2 0 1 0 0-4z"/></svg>';var jf='<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" fill="currentColor" aria-hidden="true" viewBox="0 0 18 18"><path d="M15.6 3.3c-.4-.4-1-.4-1.4 0s-.4 1 0 1.4C15.4 5.9 16 7.4 16 9s-.6 3.1-1.8 4.3c-.4.4-.4 1 0 1.4.2.2.5.3.7.3.3 0 .5-.1.7-.3C17.1 13.2 18 11.2 18 9s-.9-4.2-2.4-5.7"/><path d="M.714 6.008h3.072l4.071-3.857c.5-.376 1.143 0 1.143.601V15.28c0 .602-.643.903-1.143.602l-4.071-3.858H.714c-.428 0-.714-.3-.714-.752V6.76c0-.451.286-.752.714-.752m10.568.59a.91.91 0 0 1 0-1.316.91.91 0 0 1 1.316 0c1.203 1.203 1.47 2.216 1.522 3.208q.012.255.011.51c0 1.16-.358 2.733-1.533 3.803a.7.7 0 0 1-.298.156c-.382.106-.873-.011-1.018-.156a.91.91 0 0 1 0-1.316c.57-.57.995-1.551.995-2.487 0-.944-.26-1.667-.995-2.402"/></svg>';var _f='<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" fill="currentColor" aria-hidden="true" viewBox="0 0 18 18"><path d="M.714 6.008h3.072l4.071-3.857c.5-.376 1.143 0 1.143.601V15.28c0 .602-.643.903-1.143.602l-4.071-3.858H.714c-.428 0-.714-.3-.714-.752V6.76c0-.451.286-.752.714-.752m10.568.59a.91.91 0 0 1 0-1.316.91.91 0 0 1 1.316 0c1.203 1.203 1.47 2.216 1.522 3.208q.012.255.011.51c0 1.16-.358 2.733-1.533 3.803a.7.7 0 0 1-.298.156c-.382.106-.873-.011-1.018-.156a.91.91 0 0 1 0-1.316c.57-.57.995-1.551.995-2.487 0-.944-.26-1.667-.995-2.402"/></svg>';var Uf='<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" fill="currentColor" aria-hidden="true" viewBox="0 0 18 18"><path d="M.714 6.008h3.072l4.071-3.857c.5-.376 1.143 0 1.143.601V15.28c0 .602-.643.903-1.143.602l-4.071-3.858H.714c-.428 0-.714-.3-.714-.752V6.76c0-.451.286-.752.714-.752M14.5 7.586l-1.768-1.768a1 1 0 1 0-1.414 1.414L13.085 9l-1.767 1.768a1 1 0 0 0 1.414 1.414l1.768-1.768 1.768 1.768a1 1 0 0 0 1.414-1.414L15.914 9l1.768-1.768a1 1 0 0 0-1.414-1.414z"/></svg>';var oT=globalThis.HTMLElement??class{},hl=class Se extends oT{static#e=new Map;static#t=new Map;static#i=new Map;static#n=new Set;static register(t,i){let n=Se.#e.get(t)??new Map;for(let[r,a]of Object.entries(i))n.set(r,a);Se.#e.set(t,n);for(let r of Se.#n)r.#r===t&&r.#a()}static registerLoader(t,i){Se.#t.set(t,i);for(let n of Se.#n)n.#r===t&&n.#a()}static load(t){if(Se.#e.has(t))return Promise.resolve();let i=Se.#i.get(t);if(i)return i;let n=Se.#t.get(t);if(!n)return Promise.resolve();let r=Promise.resolve().then(n).then(a=>Se.register(t,a)).finally(()=>Se.#i.delete(t));return Se.#i.set(t,r),r}static get observedAttributes(){return["name","family"]}connectedCallback(){Se.#n.add(this),this.#a()}disconnectedCallback(){Se.#n.delete(this)}attributeChangedCallback(){this.#a()}get#r(){return this.getAttribute("family")||"default"}#a(){if(!this.isConnected)return;let t=this.getAttribute("name"),i=this.#r,n=Se.#e.get(i),r=t?n?.get(t):void 0;if(r!==void 0){this.innerHTML!==r&&(this.innerHTML=r);return}this.replaceChildren(),!(n||!t||!Se.#t.has(i))&&Se.load(i).then(()=>{this.isConnected&&this.getAttribute("name")===t&&this.#r===i&&this.#a()},()=>{})}};function Bf(e,t){let i=globalThis.customElements,n=i?.get("media-icon");if(n&&!sT(n))throw new Error("The registered <media-icon> element does not support icon registration.");(n??hl).register(e,t),i&&globalThis.HTMLElement&&!n&&i.define("media-icon",hl)}function sT(e){return"register"in e&&V(e.register)}var Lt=Symbol.for("@videojs/popup-group");var Hf="airplay.",qf={key:`${Hf}start`,text:"Start AirPlay"},Wf={key:`${Hf}stop`,text:"Stop AirPlay"};var gl="cast.",Kf={key:`${gl}start`,text:"Start casting"},Gf={key:`${gl}stop`,text:"Stop casting"},oa={key:`${gl}connecting`,text:"Connecting"};function se(e,t){return V(e)?e(t)||void 0:e||void 0}var vl=class bl{static defaultProps={label:"",disabled:!1};state=G({state:"disconnected",availability:"unsupported",disabled:!0,hidden:!0,label:""});#e={...bl.defaultProps};#t=null;constructor(t){t&&this.setProps(t)}setProps(t){this.#e=W(t,bl.defaultProps)}getLabel(t){let i=se(this.#e.label,t);return i||(t.state==="connected"?Wf:t.state==="connecting"?oa:qf)}getAttrs(t){return{"aria-label":this.getLabel(t),"aria-disabled":t.disabled?"true":void 0,hidden:t.hidden?"":void 0}}setMedia(t){this.#t=t}getState(){let t=this.#t,i=Cr()?t.remotePlaybackAvailability:"unsupported";return this.state.patch({state:t.remotePlaybackState,availability:i,disabled:this.#e.disabled||i!=="available",hidden:i!=="available"}),this.state.patch({label:oe(this.getLabel(this.state.current))}),this.state.current}async toggle(t){if(this.setMedia(t),!this.getState().disabled)try{await t.toggleRemotePlayback()}catch{}}};var yl={state:"data-airplay-state",availability:"data-availability",disabled:"data-disabled",hidden:"data-hidden"};var $f=class{static defaultProps={open:!1,defaultOpen:!1,closeOnEscape:!0};#e;#t=null;#i=void 0;#n=void 0;#r=!0;constructor(e="dialog"){this.#e=e}setProps(e){}setInput(e){this.#t=e}setTitleId(e){this.#i=e}setDescriptionId(e){this.#n=e}setDocumentModal(e){this.#r=e}getState(){let e=this.#t;return{open:e.active,status:e.status,titleId:this.#i,descriptionId:this.#n,...pt(e.status)}}getTriggerAttrs(e,t){return{"aria-expanded":e.open&&e.status!=="ending"?"true":"false","aria-haspopup":"dialog","aria-controls":t}}getPopupAttrs(e){return{role:this.#e,"aria-modal":this.#r?"true":void 0,"aria-labelledby":e.titleId,"aria-describedby":e.descriptionId}}};var Yf=class extends $f{constructor(){super("alertdialog")}};var Xf={open:"data-open",transitionStarting:"data-starting-style",transitionEnding:"data-ending-style"};var Ge="menu.",pV={key:`${Ge}settings`,text:"Settings"},kl={key:`${Ge}quality`,text:"Quality"},xl={key:`${Ge}audio`,text:"Audio"},mV={key:`${Ge}default`,text:"Default"},fV={key:`${Ge}speed`,text:"Speed"},Tl={key:`${Ge}captions`,text:"Captions"},Zf={key:`${Ge}playbackRate`,text:"Playback rate"},hV={key:`${Ge}back`,text:"Back"},wl={key:`${Ge}off`,text:"Off"},Sl={key:`${Ge}auto`,text:"Auto"},Qf={key:`${Ge}autoWithLabel`,text:"Auto ({label})"},Jf={key:`${Ge}subtitles`,text:"Subtitles"};function lT(e){return e.label?e.label:e.language?e.language:e.kind?e.kind:xl}function El(e,t){return e.id||String(t)}var sa=class Cl{static defaultProps={label:"",formatTrack:lT,disabled:!1};state=G({options:[],value:"",disabled:!0,hidden:!0,availability:"unavailable",label:""});#e={...Cl.defaultProps};#t=null;constructor(t){t&&this.setProps(t)}setProps(t){this.#e=W(t,Cl.defaultProps)}getLabel(t){let i=se(this.#e.label,t);return i||xl}getTrackLabel(t){return this.#e.formatTrack(t)}getAttrs(t){return{"aria-label":this.getLabel(t),"aria-disabled":t.disabled?"true":void 0,hidden:t.hidden?"":void 0}}setMedia(t){this.#t=t}getState(){let t=this.#t,i=t.audioTrackList.findIndex(a=>a.enabled),n=t.audioTrackList.map((a,o)=>({value:El(a,o),label:this.getTrackLabel(a),disabled:!1})),r=n.length>1?"available":"unavailable";return this.state.patch({options:n,value:i===-1?"":El(t.audioTrackList[i],i),disabled:this.#e.disabled||r==="unavailable",hidden:r==="unavailable",availability:r}),this.state.patch({label:oe(this.getLabel(this.state.current))}),this.state.current}select(t,i){this.#e.disabled||t.audioTrackList.some((n,r)=>El(n,r)===i)&&t.selectAudioTrack(i)}selectValue(t,i){this.select(t,i)}};var Pl={value:"data-audio-track",disabled:"data-disabled",hidden:"data-hidden",availability:"data-availability"};var la=class Al{static defaultProps={delay:500};state=G({visible:!1});#e={...Al.defaultProps};#t=null;setProps(t){this.#e=W(t,Al.defaultProps)}destroy(){this.#i()}update(t){let i=t.waiting&&!t.paused;i&&!this.state.current.visible&&!this.#t?this.#t=setTimeout(()=>{this.#t=null,this.state.patch({visible:!0})},this.#e.delay):i||(this.#i(),this.state.patch({visible:!1}))}#i(){this.#t!==null&&(clearTimeout(this.#t),this.#t=null)}};var Il={visible:"data-visible"};var eh="captions.",th={key:`${eh}enable`,text:"Enable captions"},ih={key:`${eh}disable`,text:"Disable captions"};var Rl=class Ml{static defaultProps={label:"",disabled:!1,menuTrigger:!1};state=G({subtitlesShowing:!1,availability:"unavailable",disabled:!0,hidden:!0,label:""});#e={...Ml.defaultProps};#t=null;constructor(t){t&&this.setProps(t)}setProps(t){this.#e=W(t,Ml.defaultProps)}getLabel(t){let i=se(this.#e.label,t);return i||(t.subtitlesShowing?ih:th)}getAttrs(t){return{"aria-label":this.getLabel(t),"aria-disabled":t.disabled?"true":void 0,hidden:t.hidden?"":void 0}}setMedia(t){this.#t=t}getState(){let t=this.#t,i=t.textTrackList.some(Ce)?"available":"unavailable";return this.state.patch({subtitlesShowing:t.subtitlesShowing,availability:i,disabled:this.#e.disabled||i!=="available",hidden:i==="unavailable"}),this.state.patch({label:oe(this.getLabel(this.state.current))}),this.state.current}toggle(t){this.setMedia(t),!this.getState().disabled&&(this.#e.menuTrigger&&dT(t)>1||t.toggleSubtitles())}};function dT(e){return e.textTrackList.filter(Ce).length}var Dl={subtitlesShowing:"data-active",availability:"data-availability",disabled:"data-disabled",hidden:"data-hidden"};function cT(e){return e.label?e.label:e.language?e.language:e.kind==="captions"?Tl:Jf}function uT(e,t){return e.kind>t.kind?1:e.kind<t.kind?-1:0}function nh(e){return e.filter(Ce).sort(uT)}var da=class Ol{static defaultProps={label:"",formatTrack:cT,disabled:!1};state=G({options:[{value:"off",label:wl,disabled:!1}],value:"off",subtitlesShowing:!1,disabled:!0,hidden:!0,availability:"unavailable",label:""});#e={...Ol.defaultProps};#t=null;constructor(t){t&&this.setProps(t)}setProps(t){this.#e=W(t,Ol.defaultProps)}getLabel(t){let i=se(this.#e.label,t);return i||Tl}getTrackLabel(t){return this.#e.formatTrack(t)}getAttrs(t){return{"aria-label":this.getLabel(t),"aria-disabled":t.disabled?"true":void 0,hidden:t.hidden?"":void 0}}setMedia(t){this.#t=t}getState(){let t=this.#t,i=nh(t.textTrackList),n=i.findIndex(o=>o.mode==="showing"),r=[{value:"off",label:wl,disabled:!1},...i.map((o,s)=>({value:o.id||String(s),label:this.getTrackLabel(o),disabled:!1}))],a=i.length>0?"available":"unavailable";return this.state.patch({options:r,value:n===-1?"off":i[n].id||String(n),subtitlesShowing:t.subtitlesShowing,disabled:this.#e.disabled||i.length===0,hidden:a==="unavailable",availability:a}),this.state.patch({label:oe(this.getLabel(this.state.current))}),this.state.current}select(t,i){if(this.#e.disabled)return;let n=nh(t.textTrackList);if(n.length){if(i==="off"){t.selectSubtitlesTrack("off");return}n.some((r,a)=>(r.id||String(a))===i)&&t.selectSubtitlesTrack(i)}}selectValue(t,i){this.select(t,i)}};var Ll={subtitlesShowing:"data-active",disabled:"data-disabled",hidden:"data-hidden",availability:"data-availability"};var zl=class Nl{static defaultProps={label:"",disabled:!1};state=G({connection:"disconnected",availability:"unsupported",disabled:!0,hidden:!0,label:""});#e={...Nl.defaultProps};#t=null;constructor(t){t&&this.setProps(t)}setProps(t){this.#e=W(t,Nl.defaultProps)}getLabel(t){let i=se(this.#e.label,t);return i||(t.connection==="connected"?Gf:t.connection==="connecting"?oa:Kf)}getAttrs(t){return{"aria-label":this.getLabel(t),"aria-disabled":t.disabled?"true":void 0,hidden:t.hidden?"":void 0}}setMedia(t){this.#t=t}getState(){let t=this.#t,i=globalThis.chrome?t.remotePlaybackAvailability:"unsupported";return this.state.patch({connection:t.remotePlaybackState,availability:i,disabled:this.#e.disabled||i!=="available",hidden:i==="unsupported"}),this.state.patch({label:oe(this.getLabel(this.state.current))}),this.state.current}async toggle(t){if(this.setMedia(t),!this.getState().disabled)return t.toggleRemotePlayback()}};var Vl={connection:"data-cast-state",availability:"data-availability",disabled:"data-disabled",hidden:"data-hidden"};var Fl=class{#e=null;setMedia(e){this.#e=e}getState(){return{controlsVisible:this.#e.controlsVisible}}};var ca={controlsVisible:"data-controls-visible"};var ua=class jl{static defaultProps={visibility:"auto"};#e={...jl.defaultProps};#t=null;constructor(t){t&&this.setProps(t)}setProps(t){this.#e=W(t,jl.defaultProps)}setMedia(t){this.#t=t}getState(){let t=this.#t;return t?{visible:this.#e.visibility==="always"||t.controlsVisible,userActive:t.userActive}:this.#e.visibility==="always"?{visible:!0,userActive:!0}:null}};var pa={visible:"data-visible",userActive:"data-user-active"};var _l=class extends Yf{setProps(){}};var ma={...Xf};var rh="common.",ah={key:`${rh}empty`,text:""},oh={key:`${rh}ok`,text:"OK"};var Nt="errors.",sh={key:`${Nt}aborted`,text:"You stopped media playback before it finished."},lh={key:`${Nt}network`,text:"This media could not be loaded due to a network or server issue."},dh={key:`${Nt}decode`,text:"This media could not be played. It may be corrupted, or your browser may not support its format."},ch={key:`${Nt}source`,text:"This media could not be loaded. It may be unavailable, or your browser may not support its format."},uh={key:`${Nt}encrypted`,text:"This media could not be played because it could not be decrypted."},ph={key:`${Nt}unplayable`,text:"This media is unsupported by the player."},mh={key:`${Nt}title`,text:"Something went wrong."},Ul={key:`${Nt}unexpected`,text:"An unexpected error occurred."};var pT=99001,mT={[Ke.MEDIA_ERR_ABORTED]:sh,[Ke.MEDIA_ERR_NETWORK]:lh,[Ke.MEDIA_ERR_DECODE]:dh,[Ke.MEDIA_ERR_SRC_NOT_SUPPORTED]:ch,[Ke.MEDIA_ERR_ENCRYPTED]:uh,[Ke.MEDIA_ERR_CUSTOM]:ah,[pT]:ph},fT={[Ke.MEDIA_ERR_SRC_NOT_SUPPORTED]:["Failed to open media"]};function hT(e){return e>=Ke.MEDIA_ERR_ABORTED&&e<=Ke.MEDIA_ERR_ENCRYPTED}function Bl(){return mh}function Hl(){return oh}function ql(){return Ul}function Wl(e,t){if(e){let n=mT[e.code],r=e.message?.trim();if(r){let a=Ke.defaultMessages[e.code];if(n&&a&&r===a)return n;let o=fT[e.code];return n&&hT(e.code)&&!e.context&&o?.includes(r)?n:r}if(n)return n}let i=t?.trim();return i||Ul}var fh="fullscreen.",hh={key:`${fh}enter`,text:"Enter fullscreen"},zn={key:`${fh}exit`,text:"Exit fullscreen"};var Gl=class Kl{static defaultProps={label:"",disabled:!1};state=G({fullscreen:!1,availability:"unavailable",disabled:!0,hidden:!0,label:""});#e={...Kl.defaultProps};#t=null;constructor(t){t&&this.setProps(t)}setProps(t){this.#e=W(t,Kl.defaultProps)}getLabel(t){let i=se(this.#e.label,t);return i||(t.fullscreen?zn:hh)}getAttrs(t){return{"aria-label":this.getLabel(t),"aria-disabled":t.disabled?"true":void 0,hidden:t.hidden?"":void 0}}setMedia(t){this.#t=t}getState(){let t=this.#t,i=t.fullscreenAvailability;return this.state.patch({fullscreen:t.fullscreen,availability:i,disabled:this.#e.disabled||i!=="available",hidden:i!=="available"}),this.state.patch({label:oe(this.getLabel(this.state.current))}),this.state.current}async toggle(t){if(this.setMedia(t),!this.getState().disabled)return t.fullscreen?t.exitFullscreen():t.requestFullscreen()}};var $l={fullscreen:"data-fullscreen",availability:"data-availability",disabled:"data-disabled",hidden:"data-hidden"};var zt="status.",Yl={key:`${zt}captionsOn`,text:"Captions on"},Xl={key:`${zt}captionsOff`,text:"Captions off"},Zl={key:`${zt}paused`,text:"Paused"},Ql={key:`${zt}playing`,text:"Playing"},Jl={key:`${zt}fullscreen`,text:"Fullscreen"},ed={key:`${zt}pip`,text:"Picture in picture"},td={key:`${zt}exitPip`,text:"Exit picture in picture"},id={key:`${zt}seekedTo`,text:"Seeked to {time}"};var fa="volume.",gh={key:`${fa}mutedValue`,text:"{percent}, muted"},nd={key:`${fa}muted`,text:"Muted"},Vn={key:`${fa}label`,text:"Volume"},rd={key:`${fa}value`,text:"Volume {value}"};var nt={muted:H(nd),volume:H(Vn),captionsOn:H(Yl),captionsOff:H(Xl),paused:H(Zl),playing:H(Ql),fullscreen:H(Jl),exitFullscreen:H(zn),pictureInPicture:H(ed),exitPictureInPicture:H(td)};function ri(e){return{muted:e(nd),volume:e(Vn),captionsOn:e(Yl),captionsOff:e(Xl),paused:e(Zl),playing:e(Ql),fullscreen:e(Jl),exitFullscreen:e(zn),pictureInPicture:e(ed),exitPictureInPicture:e(td)}}function bh(e,t){return e?!t||t.includes(e):!1}function Fn(e){let t=[...e];if(t.length===0)return null;let i=t.filter(r=>!r.hidden),n=i.filter(r=>r.availability==="available").length>0?"available":t.every(r=>r.availability==="unsupported")?"unsupported":"unavailable";return{value:t.length===1?t[0].value:"",disabled:i.length===0||i.every(r=>r.disabled),hidden:i.length===0,availability:n}}var rt=class ad{static defaultProps={side:"bottom",align:"start",open:!1,defaultOpen:!1,closeOnEscape:!0,closeOnOutsideClick:!0};#e={...ad.defaultProps};#t=null;get props(){return this.#e}constructor(t){t&&this.setProps(t)}setProps(t){this.#e=W(t,ad.defaultProps)}setInput(t){this.#t=t}getState(){let t=this.#t,i=t.isSubmenu;return{open:t.active,status:t.status,side:i?void 0:this.#e.side,align:i?void 0:this.#e.align,isSubmenu:i,...pt(t.status)}}getTriggerAttrs(t,i){return{...!t.isSubmenu&&{tabIndex:0},"aria-haspopup":"menu","aria-expanded":t.open&&t.status!=="ending"?"true":"false","aria-controls":i}}getContentAttrs(){return{role:"menu",tabIndex:-1}}getPopupAttrs(){return{popover:"manual"}}};var jn="buttons.",vh={key:`${jn}play`,text:"Play"},yh={key:`${jn}pause`,text:"Pause"},kh={key:`${jn}replay`,text:"Replay"},xh={key:`${jn}mute`,text:"Mute"},Th={key:`${jn}unmute`,text:"Unmute"};var sd=class od{static defaultProps={label:"",disabled:!1};state=G({muted:!1,volumeLevel:"off",availability:"unavailable",hidden:!0,label:""});#e={...od.defaultProps};#t=null;constructor(t){t&&this.setProps(t)}setProps(t){this.#e=W(t,od.defaultProps)}getLabel(t){let i=se(this.#e.label,t);return i||(t.muted?Th:xh)}getAttrs(t){return{"aria-label":this.getLabel(t),"aria-disabled":this.#e.disabled?"true":void 0}}setMedia(t){this.#t=t}getState(){let t=this.#t,i=t.mutedAvailability;return this.state.patch({muted:t.muted||t.volume===0,volumeLevel:gT(t),availability:i,hidden:i!=="available"}),this.state.patch({label:oe(this.getLabel(this.state.current))}),this.state.current}toggle(t){this.#e.disabled||t.mutedAvailability!=="available"||t.toggleMuted()}};function gT(e){return e.muted||e.volume===0?"off":e.volume<.5?"low":e.volume<.75?"medium":"high"}var ld={muted:"data-muted",volumeLevel:"data-volume-level",availability:"data-availability",hidden:"data-hidden"};var wh="pip.",Sh={key:`${wh}enter`,text:"Enter picture-in-picture"},Eh={key:`${wh}exit`,text:"Exit picture-in-picture"};var cd=class dd{static defaultProps={label:"",disabled:!1};state=G({pip:!1,availability:"unavailable",disabled:!0,hidden:!0,label:""});#e={...dd.defaultProps};#t=null;constructor(t){t&&this.setProps(t)}setProps(t){this.#e=W(t,dd.defaultProps)}getLabel(t){let i=se(this.#e.label,t);return i||(t.pip?Eh:Sh)}getAttrs(t){return{"aria-label":this.getLabel(t),"aria-disabled":t.disabled?"true":void 0,hidden:t.hidden?"":void 0}}setMedia(t){this.#t=t}getState(){let t=this.#t,i=t.pipAvailability,n=t.pip||i==="available";return this.state.patch({pip:t.pip,availability:i,disabled:this.#e.disabled||!n,hidden:!n}),this.state.patch({label:oe(this.getLabel(this.state.current))}),this.state.current}async toggle(t){if(this.setMedia(t),!this.getState().disabled)return t.pip?t.exitPictureInPicture():t.requestPictureInPicture()}};var ud={pip:"data-pip",availability:"data-availability",disabled:"data-disabled",hidden:"data-hidden"};var md=class pd{static defaultProps={label:"",disabled:!1};state=G({paused:!0,ended:!1,started:!1,label:""});#e={...pd.defaultProps};#t=null;constructor(t){t&&this.setProps(t)}setProps(t){this.#e=W(t,pd.defaultProps)}getLabel(t){let i=se(this.#e.label,t);return i||(t.ended?kh:t.paused?vh:yh)}getAttrs(t){return{"aria-label":this.getLabel(t),"aria-disabled":this.#e.disabled?"true":void 0}}setMedia(t){this.#t=t}getState(){let t=this.#t;return this.state.patch({paused:t.paused,ended:t.ended,started:t.started}),this.state.patch({label:oe(this.getLabel(this.state.current))}),this.state.current}async toggle(t){if(!this.#e.disabled){if(t.paused||t.ended)return t.play();t.pause()}}};var fd={paused:"data-paused",ended:"data-ended",started:"data-started"};var hd={key:"playback.rate",text:"Playback rate {rate}"};function bT(e){return`${e}\xD7`}var ha=class gd{static defaultProps={label:"",formatRate:bT,disabled:!1};state=G({rate:1,value:"1",options:[],disabled:!0,hidden:!0,availability:"unavailable",label:""});#e={...gd.defaultProps};#t=null;constructor(t){t&&this.setProps(t)}setProps(t){this.#e=W(t,gd.defaultProps)}getLabel(t){let i=se(this.#e.label,t);return i!==void 0?i:Zf}getLabelParams(t){}getRateLabel(t){return this.#e.formatRate(t)}getRateValue(t){return String(t)}getAttrs(t){return{"aria-label":this.getLabel(t),"aria-disabled":t.disabled?"true":void 0,hidden:t.hidden?"":void 0}}setMedia(t){this.#t=t}getState(){let t=this.#t,i=t.playbackRates.length>0?"available":"unavailable";return this.state.patch({rate:t.playbackRate,value:this.getRateValue(t.playbackRate),options:t.playbackRates.map(n=>({rate:n,value:this.getRateValue(n),label:this.getRateLabel(n),disabled:!1})),disabled:this.#e.disabled||t.playbackRates.length===0,hidden:i==="unavailable",availability:i}),this.state.patch({label:oe(this.getLabel(this.state.current))}),this.state.current}select(t,i){this.#e.disabled||t.playbackRates.includes(i)&&t.setPlaybackRate(i)}selectValue(t,i){let n=t.playbackRates.find(r=>this.getRateValue(r)===i);L(n)||this.select(t,n)}};var bd={rate:"data-rate",disabled:"data-disabled",hidden:"data-hidden",availability:"data-availability"};var Pe=class vd{static defaultProps={side:"top",align:"center",modal:!1,closeOnEscape:!0,closeOnOutsideClick:!0,open:!1,defaultOpen:!1,openOnHover:!1,delay:300,closeDelay:0};#e={...vd.defaultProps};constructor(t){t&&this.setProps(t)}setProps(t){this.#e=W(t,vd.defaultProps)}#t=null;setInput(t){this.#t=t}getState(){let t=this.#t;return{open:t.active,status:t.status,side:this.#e.side,align:this.#e.align,modal:this.#e.modal,...pt(t.status)}}getTriggerAttrs(t,i){return{"aria-expanded":t.open&&t.status!=="ending"?"true":"false","aria-haspopup":"dialog","aria-controls":i}}getPopupAttrs(t){return{popover:"manual",role:"dialog","aria-modal":t.modal===!0?"true":void 0}}};var ga={open:"data-open",side:"data-side",align:"data-align",...ei};var Vt="data-popup",yd=`[${Vt}]`;var kd=class{#e=null;#t="none";setMedia(e){this.#e=e}setImageLoadState(e){this.#t=e}getState(){let e=this.#e;return{visible:!e.started,src:e.poster,loading:this.#t==="loading",loaded:this.#t==="loaded",error:this.#t==="error"}}};var xd={visible:"data-visible",loading:"data-loading",loaded:"data-loaded",error:"data-error"};var _n="auto",vT=[4320,2160,1440,1080,720,480,360,240];function Ah(e){return e>=1e6?`${Math.round(e/1e5)/10} Mbps`:`${Math.round(e/1e3)} kbps`}function Ch(e){let t=Math.round(e*9/16);return vT.includes(t)?t:void 0}function Un(e){let{width:t,height:i}=e;if(t&&i)return t>i&&t*9>i*16?Ch(t)??i:Math.min(t,i);if(i)return i;if(t)return Ch(t)??t}function yT(e,t){let i=Un(e);return!!(i&&t.some(n=>n!==e&&Un(n)===i))}function Ph(e){let t=Un(e);return t?`${t}p`:e.bitrate?Ah(e.bitrate):kl}function kT(e,t=[]){if(!(!Un(e)||!e.bitrate||!yT(e,t)))return Ah(e.bitrate)}function xT(e){let t=Un(e);if(t){if(t>=4320)return"8K";if(t>=2160)return"4K";if(t>=1080)return"HD"}}function TT(e,t){return e.id||String(t)}function wT(e,t){return e.id!==void 0||t.id!==void 0?e.id===t.id:e.width===t.width&&e.height===t.height&&e.bitrate===t.bitrate&&e.frameRate===t.frameRate&&e.codec===t.codec}var ba=class Di{static defaultProps={label:"",formatRendition:Ph,disabled:!1};state=G({options:[{value:_n,label:Sl,disabled:!1}],value:_n,disabled:!0,hidden:!0,availability:"unavailable",label:""});#e={...Di.defaultProps};#t=null;constructor(t){t&&this.setProps(t)}setProps(t){this.#e=W(t,Di.defaultProps)}getLabel(t){let i=se(this.#e.label,t);return i||kl}getRenditionLabel(t){return this.#e.formatRendition!==Di.defaultProps.formatRendition?this.#e.formatRendition(t):Ph(t)}getRenditionBadge(t,i=[]){if(this.#e.formatRendition===Di.defaultProps.formatRendition)return kT(t,i)}getRenditionTier(t){if(this.#e.formatRendition===Di.defaultProps.formatRendition)return xT(t)}getRenditionValue(t,i){return TT(t,i)}getAttrs(t){return{"aria-label":this.getLabel(t),"aria-disabled":t.disabled?"true":void 0,hidden:t.hidden?"":void 0}}setMedia(t){this.#t=t}getState(){let t=this.#t,i=t.videoRenditionList.findIndex(l=>l.selected),n=t.videoRenditionList.length>1?"available":"unavailable",r=(l,d)=>{let c=this.getRenditionTier(l),u=this.getRenditionBadge(l,t.videoRenditionList);return{value:this.getRenditionValue(l,d),label:this.getRenditionLabel(l),disabled:!1,...c&&{tier:c},...u&&{badge:u}}},a=t.activeVideoRendition===null?-1:t.videoRenditionList.findIndex(l=>wT(l,t.activeVideoRendition)),o=t.activeVideoRendition&&a!==-1?r(t.activeVideoRendition,a):void 0,s={value:_n,label:i===-1&&o?Qf:Sl,disabled:!1,...i===-1&&o&&{labelParams:{label:oe(o.label)}}};return this.state.patch({options:[s,...t.videoRenditionList.map(r)],value:i===-1?_n:this.getRenditionValue(t.videoRenditionList[i],i),disabled:this.#e.disabled||n==="unavailable",hidden:n==="unavailable",availability:n}),this.state.patch({label:oe(this.getLabel(this.state.current))}),this.state.current}select(t,i){if(!this.#e.disabled){if(i==="auto"){t.selectVideoRendition(i);return}t.videoRenditionList.some((n,r)=>this.getRenditionValue(n,r)===i)&&t.selectVideoRendition(i)}}selectValue(t,i){this.select(t,i)}};var Td={value:"data-quality",disabled:"data-disabled",hidden:"data-hidden",availability:"data-availability"};var Ih=new Map;function ST(e,t,i){if(e==="digital"){let a=new Intl.NumberFormat(i,{useGrouping:!1}),o=new Intl.NumberFormat(i,{minimumIntegerDigits:2,useGrouping:!1});return{format:s=>{let l=`${o.format(s.minutes??0)}:${o.format(s.seconds??0)}`;return t==="always"||s.hours!==void 0?`${a.format(s.hours??0)}:${l}`:l}}}let n=[["hours",new Intl.NumberFormat(i,{style:"unit",unit:"hour",unitDisplay:e})],["minutes",new Intl.NumberFormat(i,{style:"unit",unit:"minute",unitDisplay:e})],["seconds",new Intl.NumberFormat(i,{style:"unit",unit:"second",unitDisplay:e})]],r=new Intl.ListFormat(i,{type:"unit",style:e});return{format:a=>r.format(n.filter(([o])=>a[o]!==void 0).map(([o,s])=>s.format(a[o]??0)))}}function ET(e){return e===void 0?"":Array.isArray(e)?e.join(":"):e}function Mh(e,t="long",i){let n=`${ET(e)}:${t}:${i??""}`,r=Ih.get(n);return r||(r=ST(t,i,e),Ih.set(n,r)),r}function va(e){return Qe(e)&&Number.isFinite(e)}function ai(e,t,i){if(!va(e))return"0:00";let n=e<0,r=Math.floor(Math.abs(e)),a=Math.floor(r/3600),o=Math.floor(r%3600/60),s=r%60,l=va(t??0)?Math.abs(t??0):0,d=Math.floor(l/3600),c=Math.floor(l/60%60),u=a>0||d>0,p=u||c>=10,m=u?{hours:a,minutes:o,seconds:s}:{minutes:o,seconds:s},{locale:h="en"}=i??{},g=Mh(h,"digital",u?"always":"auto").format(m);if(!p){let f=new Intl.NumberFormat(h,{useGrouping:!1}).format(0);g=g.replace(new RegExp(`^${f}(?=\\p{Nd}\\D)`,"u"),"")}return`${n?"-":""}${g}`}function wd(e){if(!va(e))return"PT0S";let t=Math.abs(e),i=Math.floor(t/3600),n=Math.floor(t/60%60),r=Math.floor(t%60),a="PT";return i>0&&(a+=`${i}H`),n>0&&(a+=`${n}M`),(r>0||a==="PT")&&(a+=`${r}S`),a}function He(e,t){if(!va(e))return"";let{locale:i="en",style:n="long",formatRemaining:r}=t??{},a=e<0,o=Math.floor(Math.abs(e)),s=Math.floor(o/3600),l=Math.floor(o%3600/60),d=o%60,c={};s>0&&(c.hours=s),l>0&&(c.minutes=l),(d>0||s===0&&l===0)&&(c.seconds=d);let u=Mh(i,n).format(c);return a?r?r(u):wi(i)?`${u} remaining`:u:u}function Sd(e,t){return new Promise((i,n)=>{if(t?.aborted){n(t.reason);return}let r=()=>{clearTimeout(a),n(t?.reason)},a=setTimeout(()=>{t?.removeEventListener("abort",r),i()},e);t?.addEventListener("abort",r,{once:!0})})}function Ed(e){return e==="seekStep"||e==="seekToPercent"}function Cd(e){return ai(e.currentTime??0,e.duration)}function Pd(e){return e.value??e.currentTime}function Rh(e){return e.value!==void 0?xe(e.value,0,100):!e.key||e.key<"0"||e.key>"9"?null:Number(e.key)*10}function Ad(e,t){if(e.action==="seekStep"&&e.value!==void 0){if(e.value>0)return"forward";if(e.value<0)return"backward"}if(e.action==="seekToPercent"){let i=Rh(e);if(i===null||t.duration===void 0||t.duration<=0)return null;let n=i/100*t.duration,r=t.currentTime??0;if(n>r)return"forward";if(n<r)return"backward"}return null}var CT={open:!1,generation:0,direction:null,count:0,seekTotal:0,value:null,currentTime:"0:00",transitionStarting:!1,transitionEnding:!1},Id=class{state=G({...CT});#e={};#t=null;#i=new xt(()=>{this.#t=null,this.state.patch({open:!1,direction:null,count:0,seekTotal:0,value:null})},()=>Tt(this.#e));setProps(e){this.#e=e}destroy(){this.#i.destroy()}close(){this.#i.close()}processEvent(e,t){if(!Ed(e.action))return!1;let i=this.state.current,n=Ad(e,t),r=i.open&&e.action==="seekStep"&&i.direction===n;r||(this.#t=t.currentTime??null);let a=this.#n(e,t,r),o=r?i.seekTotal+Math.abs(a):Math.abs(a);return this.state.patch({open:!0,generation:i.generation+1,direction:n,count:r?i.count+1:1,seekTotal:o,value:e.action==="seekStep"&&o>0?`${o}s`:null,currentTime:Cd(t)}),this.#i.arm(),!0}#n(e,t,i){if(e.action!=="seekStep"||e.value===void 0)return 0;if(!i||this.#t===null)return e.value;let n=this.#t,r=t.duration??1/0,a=this.state.current.seekTotal,o=Math.abs(e.value);return(e.value<0?Math.max(0,n-a):Math.max(0,r-n-a))>=o?e.value:0}};var Md={open:"data-open",direction:"data-direction",transitionStarting:"data-starting-style",transitionEnding:"data-ending-style"};var Oi=class ya{static defaultProps={label:"",step:1,largeStep:10,orientation:"horizontal",disabled:!1,thumbAlignment:"center",value:0,min:0,max:100};static defaultInput={pointerPercent:0,dragPercent:0,dragging:!1,pointing:!1,focused:!1};#e={...ya.defaultProps};#t={...ya.defaultInput};get props(){return this.#e}get input(){return this.#t}constructor(t){t&&this.setProps(t)}setProps(t){this.#e=W(t,ya.defaultProps)}setInput(t){this.#t=t}getSliderState(t){let{orientation:i,disabled:n,thumbAlignment:r}=this.#e,{pointerPercent:a,dragging:o,pointing:s,focused:l}=this.#t;return{value:t,fillPercent:this.percentFromValue(t),pointerPercent:a,dragging:o,pointing:s,interactive:o||s||l,orientation:i,disabled:n,thumbAlignment:r}}getLabel(t){return se(this.#e.label,t)||""}getAttrs(t){return{role:"slider",tabIndex:t.disabled?-1:0,autoComplete:"off","aria-label":this.getLabel(t),"aria-valuemin":this.#e.min,"aria-valuemax":this.#e.max,"aria-valuenow":t.value,"aria-orientation":t.orientation,"aria-disabled":t.disabled?"true":void 0}}valueFromPercent(t){let{min:i,max:n,step:r}=this.#e,a=i+t/100*(n-i);return Dn(xe(a,i,n),r,i)}rawValueFromPercent(t){let{min:i,max:n}=this.#e;return xe(i+t/100*(n-i),i,n)}percentFromValue(t){let{min:i,max:n}=this.#e;return St(t,i,n)}getStepPercent(){let{step:t,min:i,max:n}=this.#e,r=n-i;return r>0?t/r*100:0}getLargeStepPercent(){let{largeStep:t,min:i,max:n}=this.#e,r=n-i;return r>0?t/r*100:0}adjustPercentForAlignment(t,i,n){if(this.#e.thumbAlignment==="center"||n===0)return t;let r=i/n*100/2,a=r,o=100-r;return a+t/100*(o-a)}};var ka={dragging:"data-dragging",pointing:"data-pointing",interactive:"data-interactive",orientation:"data-orientation",disabled:"data-disabled"};var Rd=class{getGeometry(e){let{ranges:t,min:i,max:n,orientation:r}=e,a=n-i;if(!Number.isFinite(a)||a<=0)return[];let o=t.filter(s=>{let l=(s.end-s.start)/a,d=(s.start-i)/a;return Number.isFinite(l)&&Number.isFinite(d)&&l>0});return o.map((s,l)=>{let d=(s.start-i)/a,c=(s.end-s.start)/a,u=`${c*100}%`;return{...s,index:l,last:l===o.length-1,orientation:r,width:r==="horizontal"?u:void 0,height:r==="vertical"?u:void 0,startPercent:`${d*100}%`,endPercent:`${(d+c)*100}%`}})}getState(e,t,i){let{last:n,...r}=e,a=c=>c>=e.start&&(c<e.end||n&&c===e.end),o=a(t.value),s=t.pointing&&a(i),l=t.dragging&&a(i),d=t.interactive&&!t.pointing&&!t.dragging;return{...r,fillPercent:St(t.value,e.start,e.end),active:o,pointing:s,dragging:l,highlighted:e.highlight!==!1&&s,interactive:s||l||d&&o}}};var Li={...nt,volumeWithValue:e=>H(rd,{value:e}),seekedTo:e=>H(id,{time:He(e)}),playbackRate:e=>H(hd,{rate:e})};function Dd(e,t=he){return{...ri(e),volumeWithValue:i=>e(rd,{value:i}),seekedTo:i=>e(id,{time:He(i,{locale:t})}),playbackRate:i=>e(hd,{rate:i})}}function Od(e){return e==="toggleMuted"||e==="volumeStep"}function Dh(e){return e<=0?"off":e<=.5?"low":"high"}function xa(e){return`${Math.round(xe(e,0,1)*100)}%`}function Ld(e){return e.value??""}function Ta(e,t){let i=t.muted===!0,n=t.volume??0;if(e.action==="toggleMuted")return{snapshotVolume:n,nextMuted:!i,nextVolume:n};if(e.action==="volumeStep"){let r=xe(n+(e.value??0),0,1);return{snapshotVolume:n,nextMuted:i&&r<=0,nextVolume:r}}return{snapshotVolume:n,nextMuted:i,nextVolume:n}}function Bn(e,t,i=nt,n){let r=n??Ta(e,t),a=r.nextMuted?"off":Dh(r.nextVolume),o=r.nextMuted?"0%":xa(r.nextVolume);return{status:a==="off"?"volume-off":a==="low"?"volume-low":"volume-high",label:a==="off"?i.muted:i.volume,value:o,volumeLevel:a}}function Oh(e,t,i=Li){let n=[];return oi(e.paused,t.paused)&&n.push(t.paused?i.paused:i.playing),oi(e.subtitlesShowing,t.subtitlesShowing)&&t.subtitlesAvailable!==!1&&n.push(t.subtitlesShowing?i.captionsOn:i.captionsOff),oi(e.fullscreen,t.fullscreen)&&n.push(t.fullscreen?i.fullscreen:i.exitFullscreen),oi(e.pip,t.pip)&&n.push(t.pip?i.pictureInPicture:i.exitPictureInPicture),oi(e.playbackRate,t.playbackRate)&&n.push(i.playbackRate(`${t.playbackRate}\xD7`)),n.length>0?n.join(". "):null}function Lh(e,t,i=Li){if(!oi(e.volume,t.volume)&&!oi(e.muted,t.muted))return null;let n=t.volume??e.volume,r=t.muted??e.muted;return n===void 0&&r===void 0?null:r||(n??0)<=0?i.muted:i.volumeWithValue(xa(n??0))}function oi(e,t){return e!==void 0&&t!==void 0&&!Object.is(e,t)}var PT=200,Nd=class{state=G({generation:0,label:null});#e={};#t=null;#i=null;#n=null;#r=null;#a=new xt(()=>this.state.patch({label:null}),()=>Tt(this.#e));setProps(e){this.#e=e}resetSnapshot(){this.#t=null,this.#i=null,this.#n=null,this.#p(),this.#a.close()}destroy(){this.#p(),this.#a.destroy()}processSnapshot(e){let t=this.#t;if(this.#t=e,!t)return!1;let i=this.#o(),n=Oh(t,e,i),r=n!==null&&this.#l(n),a=this.#d(t,e,i,r),o=this.#s(t,e,i,r||a);return r||a||o}#o(){return{...Li,...this.#e.labels}}#l(e){return this.#p(),this.state.patch({generation:this.state.current.generation+1,label:e}),this.#a.arm(),!0}#s(e,t,i,n){let r=Lh(e,t,i);return r===null||n||!this.#u()?!1:(this.#c(r),!0)}#d(e,t,i,n){if(e.seeking!==!0&&t.seeking===!0)return this.#i=e.currentTime??null,this.#n=t.currentTime??null,this.#p(),!1;if(t.seeking===!0)return this.#n=t.currentTime??this.#n,!1;if(e.seeking!==!0||t.seeking!==!1)return!1;let r=t.currentTime??this.#n,a=this.#i;return this.#i=null,this.#n=null,r==null||Object.is(r,a)||n||!this.#u()?!1:(this.#c(i.seekedTo(r)),!0)}#c(e){this.#p(),this.#r=setTimeout(()=>{this.#r=null,this.#u()&&this.#l(e)},PT)}#u(){return this.#e.shouldAnnounce?.()!==!1}#p(){this.#r!==null&&(clearTimeout(this.#r),this.#r=null)}};function zd(e,t,i=nt){switch(e.action){case"togglePaused":{let n=t.paused!==void 0?!t.paused:!0;return{status:n?"pause":"play",label:n?i.paused:i.playing,value:null}}case"toggleMuted":case"volumeStep":return Bn(e,t,i);case"toggleSubtitles":{if(t.subtitlesAvailable===!1)return null;let n=t.subtitlesShowing!==void 0?!t.subtitlesShowing:!0;return{status:n?"captions-on":"captions-off",label:n?i.captionsOn:i.captionsOff,value:null}}case"toggleFullscreen":{let n=t.fullscreen!==void 0?!t.fullscreen:!0;return{status:n?"fullscreen":"exit-fullscreen",label:n?i.fullscreen:i.exitFullscreen,value:null}}case"togglePictureInPicture":{let n=t.pip!==void 0?!t.pip:!0;return{status:n?"pip":"exit-pip",label:n?i.pictureInPicture:i.exitPictureInPicture,value:null}}default:return null}}function Vd(e){return e.value??e.label??""}var AT={open:!1,generation:0,status:null,label:null,value:null,transitionStarting:!1,transitionEnding:!1},Fd=class{state=G({...AT});#e={};#t=new xt(()=>this.state.patch({open:!1,status:null,label:null,value:null}),()=>Tt(this.#e));setProps(e){this.#e=e}destroy(){this.#t.destroy()}close(){this.#t.close()}processEvent(e,t){if(!bh(e.action,this.#e.actions))return!1;let i=zd(e,t,{...nt,...this.#e.labels});return i?(this.state.patch({open:!0,generation:this.state.current.generation+1,status:i.status,label:i.label,value:i.value}),this.#t.arm(),!0):!1}};var jd={open:"data-open",status:"data-status",transitionStarting:"data-starting-style",transitionEnding:"data-ending-style"};var wa={loading:"data-loading",error:"data-error",hidden:"data-hidden"};function Nh(e,t){let i=e.trim().split("#"),n=i[0]??"",r=i[1],a=t?new URL(n,t).href:n;if(!r)return{url:a};let o=r.indexOf("=");if(o===-1)return{url:a};let s=r.slice(0,o),l=r.slice(o+1).split(",").map(Number),d={};for(let u=0;u<s.length;u++){let p=s[u],m=l[u];p&&Qe(m)&&!Number.isNaN(m)&&(d[p]=m)}let c={url:a};return Qe(d.w)&&(c.width=d.w),Qe(d.h)&&(c.height=d.h),Qe(d.x)&&Qe(d.y)&&(c.coords={x:d.x,y:d.y}),c}function _d(e,t){let i=[];for(let n of e){let r=Nh(n.text,t),a={url:r.url,startTime:n.startTime,endTime:n.endTime};r.width&&(a.width=r.width),r.height&&(a.height=r.height),r.coords&&(a.coords=r.coords),i.push(a)}return i}var qe="time.",zh={key:`${qe}current`,text:"Current time"},Vh={key:`${qe}duration`,text:"Duration"},Fh={key:`${qe}remaining`,text:"Remaining"},jh={key:`${qe}elapsedSuffix`,text:"{duration} elapsed"},_h={key:`${qe}durationSuffix`,text:"{duration} duration"},Uh={key:`${qe}remainingSuffix`,text:"{duration} remaining"},Bh={key:`${qe}showElapsed`,text:"Show elapsed time, {duration}."},Hh={key:`${qe}showDuration`,text:"Show duration, {duration}."},qh={key:`${qe}showRemaining`,text:"Show remaining time, {duration}."},Wh={key:`${qe}toggleElapsed`,text:"Toggle between elapsed and remaining time."},Ud={key:`${qe}toggleDuration`,text:"Toggle between duration and remaining time."},Kh={key:`${qe}position`,text:"{current} of {duration}"},Sa={key:`${qe}unknown`,text:"Media not loaded, unknown time."};var IT={current:Bh,duration:Hh,remaining:qh},MT={current:zh,duration:Vh,remaining:Fh},RT={current:Wh,duration:Ud,remaining:Ud},si=class Bd{static defaultProps={type:"current",negativeSign:"-",label:"",toggle:!1};#e={...Bd.defaultProps};#t=null;#i;constructor(t){t&&this.setProps(t)}setProps(t){this.#e=W(t,Bd.defaultProps)}setMedia(t){this.#t=t}setFormatLocale(t){this.#i=t}#n(){let t=this.#t,i=vt(t),{type:n}=this.#e;switch(n){case"current":return t.currentTime;case"duration":return i;case"remaining":return t.currentTime-i;default:return 0}}#r(){let t=this.#t,i=this.#n(),n=vt(t),r=this.#i===void 0?void 0:{locale:this.#i};return ai(Math.abs(i),n,r)}#a(){let{type:t}=this.#e,i=this.#n();return t==="remaining"?He(i<0?i:-Math.abs(i)):He(i)}#o(){let t=this.#n();return wd(Math.abs(t))}#l(t,i){return t==="current"?i==="remaining"?"current":"remaining":i==="duration"?"remaining":"duration"}getLabel(t,i=this.#e.type){let n=se(this.#e.label,t);if(n!==void 0)return n;if(t.disabled||t.unavailable)return Sa;if(!this.#e.toggle)return MT[this.#e.type];let r=this.#l(i,t.type);return IT[r]}getLabelParams(t){if(se(this.#e.label,t)!==void 0||t.disabled||!this.#e.toggle)return;let i=this.#i===void 0?void 0:{locale:this.#i},n=He(Math.abs(t.seconds),i);switch(t.type){case"current":return{duration:`${n} elapsed`};case"duration":return{duration:`${n} duration`};case"remaining":return{duration:`${n} remaining`}}}getDescription(t,i=this.#e.type){return this.#e.toggle&&!t.disabled?RT[i]:void 0}getAttrs(t,i=this.#e.type){return{"aria-label":this.getLabel(t,i),"aria-description":this.getDescription(t,i),"aria-disabled":this.#e.toggle&&t.disabled?"true":void 0,role:this.#e.toggle?"button":void 0,tabIndex:this.#e.toggle?t.disabled?-1:0:void 0}}getState(){let t=this.#n(),i=!yt(this.#t);return{type:this.#e.type,disabled:this.#e.toggle&&i,unavailable:!this.#e.toggle&&i,seconds:t,negative:this.#e.type==="remaining"&&t<0,text:this.#r(),phrase:this.#a(),datetime:this.#o()}}};var Hd={type:"data-type",disabled:"data-disabled",unavailable:"data-unavailable"};var Gh={key:"slider.seek",text:"Seek"};var mt=class qd extends Oi{static defaultProps={...Oi.defaultProps,label:"",changeThrottle:100,pauseOnDrag:!1};#e={...qd.defaultProps};#t=null;#i;#n=!1;constructor(t){super(),t&&this.setProps(t)}setProps(t){this.#e=W(t,qd.defaultProps),super.setProps({...t,min:0})}setMedia(t){this.#t=t}setFormatLocale(t){this.#i=t}getState(){let t=this.#t,{currentTime:i,seeking:n,buffered:r}=t,a=vt(t);super.setProps({...this.#e,disabled:this.#e.disabled||!yt(t),min:0,max:a});let o=super.getSliderState(i),s=r.length>0?r[r.length-1][1]:0,l=St(s,0,a);return{...o,currentTime:i,duration:a,seeking:n,bufferPercent:l}}getLabel(t){return super.getLabel(t)||Gh}#r(t){return t.dragging?this.rawValueFromPercent(t.pointerPercent):t.value}#a(t){return this.#i===void 0?He(t):He(t,{locale:this.#i})}getValueText(t){return t.duration<=0?Sa:Number.isFinite(t.duration)?Kh:this.getValueTextParams(t).current}getValueTextParams(t){let i=this.#a(this.#r(t));return Number.isFinite(t.duration)?{current:i,duration:this.#a(t.duration)}:{current:i}}startDrag(t){this.#n=!1,this.#e.pauseOnDrag&&t&&!t.paused&&(this.#n=!0,t.pause())}endDrag(t){this.#n&&t?.play().catch(()=>{}),this.#n=!1}getAttrs(t){let i=super.getAttrs(t),n=this.#r(t);return{...i,"aria-valuenow":n,"aria-valuetext":this.getValueText(t)}}};var Ea={...ka,seeking:"data-seeking"};var $h=new WeakMap,DT=0;function OT(e){let t=$h.get(e);if(!t){let i=e.id;t=`cue-${typeof i=="string"&&i?`${i}-`:""}${DT++}`,$h.set(e,t)}return t}function Yh(e,t,i){if(!Number.isFinite(t)||!Number.isFinite(i)||i<=t)return[];let n=e.map((s,l)=>({cue:s,index:l,key:OT(s)})).filter(({cue:s})=>Number.isFinite(s.startTime)&&Number.isFinite(s.endTime)).sort((s,l)=>s.cue.startTime-l.cue.startTime||s.index-l.index),r=[],a=t,o="start";for(let{cue:s,key:l}of n){let d=Math.max(t,s.startTime),c=Math.min(i,s.endTime);if(c<=d)continue;d>a&&r.push({key:`gap-${o}-${l}`,start:a,end:d,cue:null});let u=Math.max(d,a);c<=u||(r.push({key:l,start:u,end:c,cue:s}),a=c,o=l)}return r.length===0?[{key:"gap-start-end",start:t,end:i,cue:null}]:(a<i&&r.push({key:`gap-${o}-end`,start:a,end:i,cue:null}),r)}var Hn=class{#e=null;#t=0;#i=0;#n=null;getRanges(e,t,i){if(this.#n&&(this.#e===e||this.#e?.length===0&&e.length===0)&&this.#t===t&&this.#i===i)return this.#n;let n=i>t,r=n?i:t+1,a=Yh(n?e:[],t,r),o=a.map(({key:s,start:l,end:d,cue:c})=>({key:s,start:l,end:d,highlight:c!==null}));return this.#e=e,this.#t=t,this.#i=i,this.#n={chapters:a,ranges:o,max:r},this.#n}findChapter(e,t){return ul(e,t,i=>i.start,i=>i.end)}getState(e,t,i){return{...e,cue:t[e.index]?.cue??null,bufferPercent:St(i,e.start,e.end)}}};var Wd={active:"data-active",highlighted:"data-highlighted"};var li={start:"--media-slider-chapter-start",end:"--media-slider-chapter-end",width:"--media-slider-chapter-width",fill:"--media-slider-chapter-fill",buffer:"--media-slider-chapter-buffer"};var $e=class Kd{static defaultProps={side:"top",align:"center",open:!1,defaultOpen:!1,delay:600,closeDelay:0,disableHoverablePopup:!0,disabled:!1,sticky:!1};#e={...Kd.defaultProps};constructor(t){t&&this.setProps(t)}setProps(t){this.#e=W(t,Kd.defaultProps)}#t=null;setInput(t){this.#t=t}getState(){let t=this.#t;return{open:t.active,status:t.status,side:this.#e.side,align:this.#e.align,...pt(t.status)}}getPopupAttrs(t){return{popover:"manual",role:"presentation"}}};var Ca={open:"data-open",side:"data-side",align:"data-align",...ei};var Ni=class Gd{static defaultProps={delay:600,closeDelay:0,timeout:400};#e={...Gd.defaultProps};#t=0;#i=!1;constructor(t){t&&this.setProps(t)}setProps(t){this.#e=W(t,Gd.defaultProps)}get delay(){return this.#e.delay}get closeDelay(){return this.#e.closeDelay}shouldSkipDelay(){return this.#i?!0:Date.now()-this.#t<this.#e.timeout}notifyOpen(){this.#i=!0}notifyClose(){this.#i=!1,this.#t=Date.now()}};var $d={sideOffset:"--media-tooltip-side-offset",alignOffset:"--media-tooltip-align-offset",boundaryOffset:"--media-tooltip-boundary-offset",anchorWidth:"--media-tooltip-anchor-width",anchorHeight:"--media-tooltip-anchor-height",availableWidth:"--media-tooltip-available-width",availableHeight:"--media-tooltip-available-height"};var LT=300,NT={open:!1,generation:0,level:null,value:null,fill:null,min:!1,max:!1,transitionStarting:!1,transitionEnding:!1},Yd=class{state=G({...NT});#e={};#t=null;#i=new xt(()=>this.state.patch({open:!1,level:null,value:null,fill:null,min:!1,max:!1}),()=>Tt(this.#e));setProps(e){this.#e=e}destroy(){this.#i.destroy(),this.#a()}close(){this.#a(),this.#i.close()}processEvent(e,t){if(!Od(e.action))return!1;let i=this.state.current,n=Ta(e,t),r=Bn(e,t,{...nt,...this.#e.labels},n),a=zT(e,n.snapshotVolume,n.nextVolume),o=a!==null&&!e.repeat;return a||this.#a(),this.state.patch({open:!0,generation:i.generation+1,level:r.volumeLevel,value:r.value,fill:r.value,min:a&&e.repeat?i.min:o&&a==="min",max:a&&e.repeat?i.max:o&&a==="max"}),o&&this.#n(),this.#i.arm(),!0}#n(){this.#r(),this.#t=setTimeout(()=>{this.#t=null,this.state.patch({min:!1,max:!1})},LT)}#r(){this.#t!==null&&(clearTimeout(this.#t),this.#t=null)}#a(){this.#r()}};function zT(e,t,i){return e.action!=="volumeStep"||e.value===void 0||e.value===0||i!==t?null:e.value<0?"min":"max"}var Xd={open:"data-open",level:"data-level",min:"data-min",max:"data-max",transitionStarting:"data-starting-style",transitionEnding:"data-ending-style"};var Pa={fill:"--media-volume-fill"};var Zd=class extends Pe{static defaultProps=Pe.defaultProps;#e=null;setMedia(e){this.#e=e}getState(){let e=this.#e.volumeAvailability;return{...super.getState(),availability:e,hidden:e!=="available"}}};var Qd={open:"data-open",side:"data-side",align:"data-align",transitionStarting:"data-starting-style",transitionEnding:"data-ending-style",availability:"data-availability",hidden:"data-hidden"};var Xh=new Map;function VT(e){return e===void 0?"":Array.isArray(e)?e.join(":"):e}function Zh(e){let t=VT(e),i=Xh.get(t);if(!i)try{i=new Intl.NumberFormat(e,{style:"percent",maximumFractionDigits:0}),Xh.set(t,i)}catch{return}return i}function FT(e){return`${Math.round(Math.min(1,Math.max(0,e))*100)}%`}function Jd(e,t){let i=!Qe(e)||!Number.isFinite(e)?0:Math.min(1,Math.max(0,e));try{let n=Zh(t)??Zh(void 0);if(n)return n.format(i)}catch{}return FT(i)}var Et=class Qh extends Oi{static defaultProps={...Oi.defaultProps,label:"",step:5,wheelStep:5};#e=null;#t;constructor(t){super(),t&&this.setProps(t)}setProps(t){super.setProps(W(t,Qh.defaultProps))}setMedia(t){this.#e=t}setFormatLocale(t){this.#t=t}getState(){let t=this.#e,{volume:i,muted:n}=t,r=n||i===0,{dragging:a,dragPercent:o}=this.input,s=i*100,l=a?this.valueFromPercent(o):s,d=super.getSliderState(l),c=t.volumeAvailability;return{...d,disabled:d.disabled||c!=="available",fillPercent:r?0:d.fillPercent,volume:i,muted:r,availability:c,hidden:c!=="available"}}getWheelStepPercent(){let t=this.props,i=t.max-t.min;return i>0?t.wheelStep/i*100:0}getLabel(t){return super.getLabel(t)||Vn}getValueText(t){return t.muted?gh:this.getValueTextParams(t).percent}getValueTextParams(t){return{percent:Jd(t.value/100,this.#t)}}getAttrs(t){return{...super.getAttrs(t),"aria-valuetext":this.getValueText(t)}}};var Aa={...ka,availability:"data-availability",hidden:"data-hidden"};var Jh={key:"container.label",text:"Media player"};var eg=class extends A{static{this.tagName="media-container"}#e=null;#t=null;#i=null;#n=new Fl;#r=new O(this,M,tt);#a=new ae(this,ie);#o=tl();#l=new ne(this,{context:Lt,initialValue:this.#o});#s=new C(this,{context:de,callback:e=>this.#d(e)});connectedCallback(){super.connectedCallback(),this.#l.setValue(this.#o),this.#d(this.#s.value),Hs(this),this.#c(),this.#t=new AbortController,b(this,"pointerup",this.#u,{signal:this.#t.signal})}disconnectedCallback(){this.#e?.(),this.#e=null,this.#t?.abort(),this.#t=null,super.disconnectedCallback()}update(e){super.update(e),this.#c();let t=this.#r.value;t?(this.#n.setMedia(t),F(this,this.#n.getState(),ca)):this.removeAttribute(ca.controlsVisible)}#d(e){this.#e?.(),this.#e=null,this.isConnected&&e&&(this.#e=e.registerContainer(this))}#c(){let e=this.getAttribute("aria-label");if(e&&e!==this.#i)return;if(this.hasAttribute("aria-labelledby")){e===this.#i&&(this.removeAttribute("aria-label"),this.#i=null);return}let t=this.#a.value(Jh);this.setAttribute("aria-label",t),this.#i=t}#u=()=>{qs(this)}};k(eg);var jT=`:host {
  display: block;
}
img {
  display: block;
  width: 100%;
  height: 100%;
  object-fit: var(--media-object-fit, contain);
  object-position: var(--media-object-position, center);
}
img:not([src]) {
  visibility: hidden;
}`;function tg(e){if(e.hasAttribute("src")||e.hasAttribute("srcset"))return!0;let t=e.parentElement;return t?.localName==="picture"&&t.querySelector("source")!==null}function _T(e){return!!e.getAttribute("src")||e.hasAttribute("srcset")}function UT(){let e=document.createElement("img");return e.alt="",e.setAttribute("part","image"),e.setAttribute("decoding","async"),e}var ig=class extends A{static{this.tagName="media-poster"}#e=new kd;#t=this.attachShadow({mode:"open"});#i=UT();#n=new MutationObserver(()=>this.requestUpdate());#r=new O(this,M,Be);#a=new O(this,M,Os);#o=null;#l=!1;#s="pending";#d=null;#c=null;constructor(){super();let e=document.createElement("style");e.textContent=jT,this.#t.append(e,document.createElement("slot"),this.#i)}connectedCallback(){if(super.connectedCallback(),this.destroyed)return;this.#c=new AbortController;let{signal:e}=this.#c;this.addEventListener("slotchange",()=>this.requestUpdate(),{signal:e}),this.#n.observe(this,{childList:!0,subtree:!0})}disconnectedCallback(){super.disconnectedCallback(),this.#p(null),this.#n.disconnect(),this.#c?.abort(),this.#c=null}get#u(){return!this.#o||!tg(this.#o)?"none":this.#s==="pending"?"loading":this.#s}update(e){super.update(e);let t=this.#r.value;if(!t)return;this.#e.setMedia({started:t.started,poster:this.#a.value?.poster??""});let{src:i}=this.#e.getState();this.#p(ki(this,sn)??this.#i),this.#f(i),this.#e.setImageLoadState(this.#u),F(this,this.#e.getState(),xd)}#p(e){if(e===this.#o||(this.#l&&this.#o?.removeAttribute("src"),this.#d?.abort(),this.#d=null,this.#o=e,this.#l=e!==null&&!tg(e),this.#s="pending",e===this.#i?this.#t.append(this.#i):e&&this.#i.remove(),!e))return;e.naturalWidth>0?this.#s="loaded":e.complete&&_T(e)&&(this.#s="error"),this.#d=new AbortController;let{signal:t}=this.#d,i=n=>()=>{this.#s=n,this.requestUpdate()};e.addEventListener("load",i("loaded"),{signal:t}),e.addEventListener("error",i("error"),{signal:t})}#f(e){let t=this.#o;!t||!this.#l||(e?t.getAttribute("src")!==e&&(this.#s="pending",t.setAttribute("src",e)):(this.#s="pending",t.removeAttribute("src")))}};k(ig);var ng=class extends A{constructor(...e){super(...e),this.delay=la.defaultProps.delay,this.#e=new la,this.#t=new O(this,M,Be),this.#i=null}static{this.tagName="media-buffering-indicator"}static{this.properties={delay:{type:Number}}}#e;#t;#i;connectedCallback(){super.connectedCallback(),!this.destroyed&&(this.#i=new AbortController,this.#e.state.subscribe(()=>this.requestUpdate(),{signal:this.#i.signal}))}disconnectedCallback(){super.disconnectedCallback(),this.#i?.abort(),this.#i=null}willUpdate(e){super.willUpdate(e),this.#e.setProps(this)}update(e){super.update(e);let t=this.#t.value;t&&(this.#e.update(t),F(this,this.#e.state.current,Il))}};k(ng);var Ye=Symbol("@videojs/dialog");var ec=0;function BT(e){return Array.from(e.childNodes).some(t=>!!t.textContent?.trim())}var rg=class extends A{static{this.tagName="media-error-dialog"}#e=new _l;#t=new ne(this,{context:Ye});#i=`vjs-error-dialog-popup-${ec++}`;#n=`vjs-error-dialog-title-${ec++}`;#r=`vjs-error-dialog-desc-${ec++}`;#a=new O(this,M,Ds);#o=new ae(this,ie);#l=new C(this,{context:de,subscribe:!0});#s=null;#d=null;#c=null;#u=null;#p=null;#f=new WeakSet;#m=new WeakSet;constructor(){super(),this.#e.setTitleId(this.#n),this.#e.setDescriptionId(this.#r)}connectedCallback(){super.connectedCallback(),!this.destroyed&&(this.#s=Ws({transition:we(),onOpenChange:e=>{e||this.#a.value?.dismissError()}}),this.#d?this.#d.track(this.#s.input):this.#d=new We(this,this.#s.input),this.#c?this.#c.track(this.#s.modality):this.#c=new We(this,this.#s.modality))}disconnectedCallback(){super.disconnectedCallback(),this.#s?.destroy(),this.#s=null}willUpdate(e){if(super.willUpdate(e),!this.#s)return;this.#s.setInteractionRoot(this.#l.value?.container??null);let t=this.#a.value,i=!!t?.error,{active:n}=this.#s.input.current;t?.error&&(this.#u=t.error);let r=t?.error??(n?this.#u:null);this.#h(r),!i&&!n&&(this.#u=null,this.#p=null),i&&!n?this.#s.open():!i&&n&&this.#s.close()}update(e){if(super.update(e),!this.#s)return;let t=this.#s.input.current;this.#e.setInput(t),this.#e.setDocumentModal(this.#s.modality.current.documentModal);let i=this.#e.getState();F(this,i,ma),this.#t.setValue({state:i,stateAttrMap:ma,dialog:this.#s,popupId:this.#i,popupAttrs:this.#e.getPopupAttrs(i),close:()=>this.#s?.close()})}#h(e){let t=this.#o.value,i=this.querySelector("media-dialog-title");i&&!this.#g(i)&&(i.textContent=H(Bl(),t));let n=this.querySelector("media-dialog-description");if(n&&!this.#g(n)){let a=e?Wl(e):null;a&&(this.#p=a);let o=a??this.#p;n.textContent=o?H(o,t):H(ql(),t)}let r=this.querySelector("media-dialog-close");r&&!this.#g(r)&&(r.textContent=H(Hl(),t))}#g(e){return this.#f.has(e)||(this.#f.add(e),BT(e)&&this.#m.add(e)),this.#m.has(e)}};k(rg);var ge=class extends A{connectedCallback(){super.connectedCallback(),this.#e()}update(e){super.update(e),this.#e()}#e(){let e=this.consumer.value;e&&F(this,e.state,e.stateAttrMap)}};var ag=class extends ge{constructor(...e){super(...e),this.consumer=new C(this,{context:Ye,subscribe:!0})}static{this.tagName="media-dialog-backdrop"}connectedCallback(){super.connectedCallback(),this.setAttribute("role","presentation"),this.setAttribute("aria-hidden","true")}};k(ag);var og=class extends ge{constructor(...e){super(...e),this.consumer=new C(this,{context:Ye,subscribe:!0}),this.#e=null}static{this.tagName="media-dialog-popup"}#e;disconnectedCallback(){this.#e?.setPopupElement(null),this.#e=null,super.disconnectedCallback()}update(e){super.update(e);let t=this.consumer.value;t&&(this.#e!==t.dialog&&(this.#e?.setPopupElement(null),this.#e=t.dialog,this.#e.setPopupElement(this)),D(this,{id:t.popupId,tabIndex:-1,...t.popupAttrs}))}};k(og);var sg=class extends ge{constructor(...e){super(...e),this.consumer=new C(this,{context:Ye,subscribe:!0})}static{this.tagName="media-dialog-title"}update(e){super.update(e);let t=this.consumer.value?.state.titleId;t&&(this.id=t)}};k(sg);var lg=class extends ge{constructor(...e){super(...e),this.consumer=new C(this,{context:Ye,subscribe:!0})}static{this.tagName="media-dialog-description"}update(e){super.update(e);let t=this.consumer.value?.state.descriptionId;t&&(this.id=t)}};k(lg);var dg=class extends A{constructor(...e){super(...e),this.disabled=!1,this.#e=new C(this,{context:Ye,subscribe:!0}),this.#t=null}static{this.tagName="media-dialog-close"}static{this.properties={disabled:{type:Boolean}}}#e;#t;connectedCallback(){super.connectedCallback(),this.#t=new AbortController;let e=Pn({onActivate:()=>this.#e.value?.close(),isDisabled:()=>this.disabled});D(this,e,{signal:this.#t.signal})}disconnectedCallback(){super.disconnectedCallback(),this.#t?.abort(),this.#t=null}update(e){super.update(e);let t=this.#e.value;t&&F(this,t.state,t.stateAttrMap)}};k(dg);var Ft=Symbol("@videojs/controls");var cg=class extends A{constructor(...e){super(...e),this.visibility=ua.defaultProps.visibility,this.#e=new ua,this.#t=new O(this,M,tt),this.#i=new ne(this,{context:Ft}),this.#n=!0}static{this.tagName="media-controls"}static{this.properties={visibility:{type:String}}}#e;#t;#i;#n;connectedCallback(){super.connectedCallback()}update(e){super.update(e),this.#e.setProps({visibility:this.visibility}),this.#e.setMedia(this.#t.value??null);let t=this.#e.getState();if(!t)return;F(this,t,pa),this.#i.setValue({state:t,stateAttrMap:pa});let i=this.#n;this.#n=t.visible,i&&!t.visible&&this.#r()}#r(){for(let e of this.querySelectorAll(yd)){let t=e;V(t.close)&&t.close("imperative-action")}}};k(cg);var ug=class extends ge{constructor(...e){super(...e),this.consumer=new C(this,{context:Ft,subscribe:!0})}static{this.tagName="media-controls-backdrop"}connectedCallback(){super.connectedCallback(),this.setAttribute("role","presentation"),this.setAttribute("aria-hidden","true")}};k(ug);var pg=class extends ge{constructor(...e){super(...e),this.consumer=new C(this,{context:Ft,subscribe:!0})}static{this.tagName="media-controls-content"}connectedCallback(){super.connectedCallback(),this.setAttribute("data-interactive","")}};k(pg);var Ia=Symbol("@videojs/tooltip-group");var mg=class extends A{constructor(...e){super(...e),this.delay=Ni.defaultProps.delay,this.closeDelay=Ni.defaultProps.closeDelay,this.timeout=Ni.defaultProps.timeout,this.#e=new Ni,this.#t=new ne(this,{context:Ia,initialValue:this.#e})}static{this.tagName="media-tooltip-group"}static{this.properties={delay:{type:Number},closeDelay:{type:Number,attribute:"close-delay"},timeout:{type:Number}}}#e;#t;update(e){super.update(e),this.#e.setProps(this),this.#t.setValue(this.#e)}};k(mg);var fg=class extends ge{constructor(...e){super(...e),this.consumer=new C(this,{context:Ft,subscribe:!0})}static{this.tagName="media-controls-group"}connectedCallback(){super.connectedCallback(),(this.hasAttribute("aria-label")||this.hasAttribute("aria-labelledby"))&&this.setAttribute("role","group")}};k(fg);var hg=class{#e;#t;#i;#n;#r=null;constructor(e,t,i={}){this.#e=e,this.#t=t,this.#i=i.value,this.#n=new C(e,{context:de,callback:n=>this.#a(n?.container),subscribe:!0}),e.addController(this)}get value(){return this.aria}get aria(){return this.details.aria}get shortcut(){return this.details.shortcut}get details(){let e=this.#n.value?.container;return e?Jt(e).getShortcut(this.#t,this.#i?.()):{}}hostConnected(){this.#a(this.#n.value?.container)}hostDisconnected(){this.#o()}#a(e){if(this.#o(),!e)return;let t=Jt(e),i=()=>{this.#e.requestUpdate()};this.#r=t.subscribeShortcutChanges(i),i()}#o(){this.#r?.(),this.#r=null}};function gg(e,t){return e.getLabelParams?.(t)}var Ve=class extends A{constructor(...e){super(...e),this.disabled=!1,this.label="",this.hotkeyAction=void 0,this.#e=null,this.#t=null,this.#n=new ae(this,ie)}static{this.properties={label:{type:String},disabled:{type:Boolean}}}getIsButtonDisabled(){return this.disabled||!this.mediaState.value}handleActivate(e,t){Promise.resolve(this.activate(this.mediaState.value,e,t)).catch(i=>{})}get hotkeyValue(){}get $state(){return this.core.state}#e;#t;#i;#n;connectedCallback(){if(super.connectedCallback(),this.destroyed)return;this.hotkeyAction&&!this.#t&&(this.#t=new hg(this,this.hotkeyAction,{value:()=>this.hotkeyValue})),this.#e=new AbortController;let e=Pn({onActivate:(t,i)=>this.handleActivate(t,i),isDisabled:()=>this.getIsButtonDisabled()});D(this,e,{signal:this.#e.signal})}disconnectedCallback(){super.disconnectedCallback(),this.#e?.abort(),this.#e=null}getLabel(){return this.core.state.current.label?oe(this.core.state.current.label):void 0}getShortcut(){return this.#t?.shortcut}getResolvedLabel(){let e=this.mediaState.value;if(!e)return;this.core.setMedia(e);let t=this.core.getState();return H(this.core.getLabel(t),this.#n.value,gg(this.core,t))}willUpdate(e){super.willUpdate(e),this.core.setProps?.(this)}update(e){super.update(e);let t=this.mediaState.value;if(this.#r(),!t)return;this.core.setMedia(t);let i=this.core.getState(),n=this.core.getAttrs?.(i)??{};Is(n["aria-label"])&&(n["aria-label"]=H(n["aria-label"],this.#n.value,gg(this.core,i))),D(this,{...n,"aria-keyshortcuts":this.#t?.aria,...HT(i)&&{hidden:i.hidden?"":void 0}}),F(this,i,this.stateAttrMap)}#r(){let e=this.getShortcut();e!==this.#i&&(this.#i=e,this.dispatchEvent(new CustomEvent(Cn)))}};function HT(e){return re(e)&&vo(e.hidden)}var bg=class extends Ve{constructor(...e){super(...e),this.core=new md,this.stateAttrMap=fd,this.mediaState=new O(this,M,Be),this.hotkeyAction="togglePaused"}static{this.tagName="media-play-button"}activate(e){this.core.toggle(e)}};k(bg);var qT=0,zi=class{#e;#t=new rl;#i=null;constructor(e){this.#e=e,e.addController(this)}findTrigger(e){let t=this.#e.getRootNode();if(t.nodeType!==Node.DOCUMENT_NODE&&t.nodeType!==Node.DOCUMENT_FRAGMENT_NODE)return this.#n(),null;let i=t;if(e)return this.#n(),i.getElementById(e);if(this.#i){let{id:a,trigger:o}=this.#i;if(this.#e.id===a&&o.getAttribute("commandfor")===a&&this.#e.previousElementSibling===o)return o;this.#n()}if(this.#e.id)return i.querySelector(`[commandfor="${this.#e.id}"]`);let n=this.#e.previousElementSibling;if(!(n instanceof HTMLElement)||n.getAttribute("commandfor"))return null;let r=WT(i);return this.#e.id=r,n.setAttribute("commandfor",r),this.#i={id:r,trigger:n},n}sync(e){this.#t.sync({...e,popup:this.#e})}cleanup(){this.#t.cleanup()}hostDisconnected(){this.cleanup(),this.#n()}hostDestroyed(){this.cleanup(),this.#n()}#n(){let e=this.#i;e&&(e.trigger.getAttribute("commandfor")===e.id&&e.trigger.removeAttribute("commandfor"),this.#e.id===e.id&&this.#e.removeAttribute("id"),this.#i=null)}};function WT(e){let t;do t=`vjs-popup-${++qT}`;while(e.getElementById(t));return t}function KT(e){return Array.from(e.childNodes).some(t=>!!t.textContent?.trim())}var qn=class tc extends A{static{this.tagName="media-tooltip-label"}#e=!1;static findIn(t){return t.querySelector(tc.tagName)}static create(){return document.createElement(tc.tagName)}connectedCallback(){this.#e||=KT(this),super.connectedCallback()}setSyncedText(t){this.#e||(this.textContent=t)}};var Wn=class ic extends A{static{this.tagName="media-tooltip-shortcut"}static findIn(t){return t.querySelector(ic.tagName)}static create(){return document.createElement(ic.tagName)}setSyncedShortcut(t){t?(this.textContent=t,this.hidden=!1):(this.textContent="",this.hidden=!0)}};function vg(e){return"$state"in e}var yg=class extends A{constructor(...e){super(...e),this.open=$e.defaultProps.open,this.defaultOpen=$e.defaultProps.defaultOpen,this.side=$e.defaultProps.side,this.align=$e.defaultProps.align,this.delay=$e.defaultProps.delay,this.closeDelay=$e.defaultProps.closeDelay,this.disableHoverablePopup=$e.defaultProps.disableHoverablePopup,this.disabled=$e.defaultProps.disabled,this.sticky=$e.defaultProps.sticky,this.boundary="container",this.trigger="",this.#e=new $e,this.#t=new ae(this,ie),this.#i=new C(this,{context:Ia}),this.#n=new C(this,{context:de,subscribe:!0}),this.#r=new C(this,{context:Lt}),this.#a=new zi(this),this.#o=null,this.#l=null,this.#s=null,this.#d=null,this.#c=null}static{this.tagName="media-tooltip"}static{this.properties={open:{type:Boolean},defaultOpen:{type:Boolean,attribute:"default-open"},side:{type:String},align:{type:String},delay:{type:Number},closeDelay:{type:Number,attribute:"close-delay"},disableHoverablePopup:{type:Boolean,attribute:"disable-hoverable-popup"},disabled:{type:Boolean},sticky:{type:Boolean},boundary:{type:String},trigger:{type:String}}}#e;#t;#i;#n;#r;#a;#o;#l;#s;#d;#c;connectedCallback(){super.connectedCallback(),!this.destroyed&&(this.setAttribute(Vt,""),this.#s=new AbortController,this.#o=ml({transition:we(),onOpenChange:(e,t)=>{this.open=e,this.dispatchEvent(new CustomEvent("open-change",{detail:{open:e,...t}}))},delay:()=>this.delay,closeDelay:()=>this.closeDelay,disableHoverablePopup:()=>this.disableHoverablePopup,disabled:()=>this.disabled,sticky:()=>this.sticky,group:()=>this.#i.value,popupGroup:()=>this.#r.value}),this.#o.setPopupElement(this),D(this,this.#o.popupProps,{signal:this.#s.signal}),this.#l?this.#l.track(this.#o.input):this.#l=new We(this,this.#o.input))}firstUpdated(e){super.firstUpdated(e),this.defaultOpen&&!this.open&&this.#o?.open()}disconnectedCallback(){super.disconnectedCallback(),this.#m(),this.#o?.destroy(),this.#o=null,this.#s?.abort(),this.#s=null}close(e="imperative-action"){this.#o?.close(e)}willUpdate(e){if(super.willUpdate(e),this.#e.setProps(this),this.#o&&e.has("open")){let{active:t}=this.#o.input.current;this.open!==t&&(this.open?this.#o.open():this.#o.close())}}update(e){if(super.update(e),!this.#o)return;let t=this.#a.findTrigger(this.trigger);this.#u(t),this.#c&&vg(this.#c)&&this.#p(this.#c);let i=this.#o.input.current;this.#e.setInput(i);let n=this.#e.getState();if(D(this,this.#e.getPopupAttrs(n)),F(this,n,Ca),n.open?lt(this):dt(this),!n.open){this.#a.cleanup();return}this.#a.sync({anchorName:this.id,position:{side:n.side,align:n.align},trigger:this.#c,boundary:this.boundary,container:this.#n.value?.container??null,cssVars:$d,onSideChange:r=>this.setAttribute(Ca.side,r)})}#u(e){e!==this.#c&&(this.#a.cleanup(),this.#m(),this.#c=e,this.#o?.setTriggerElement(e),e&&this.#o&&(this.#d=new AbortController,D(e,this.#o.triggerProps,{signal:this.#d.signal}),vg(e)&&(this.#p(e),e.$state.subscribe(()=>this.#p(e),{signal:this.#d.signal}),b(e,Cn,()=>this.#p(e),{signal:this.#d.signal}))))}#p(e){let t=e.getLabel(),i=V(e.getResolvedLabel)?e.getResolvedLabel():void 0;i===void 0&&t&&(i=H(t,this.#t.value));let n=e.getShortcut?.(),r=qn.findIn(this),a=Wn.findIn(this);if(!r&&!a){if(this.#f())return;r=qn.create(),a=Wn.create(),this.replaceChildren(r,a)}r?.setSyncedText(i??""),a?.setSyncedShortcut(n)}#f(){return Array.from(this.childNodes).some(e=>!!e.textContent?.trim())}#m(){this.#d?.abort(),this.#d=null,this.#c=null}};k(yg);k(qn);k(Wn);var kg=class extends Ve{constructor(...e){super(...e),this.core=new sd,this.stateAttrMap=ld,this.mediaState=new O(this,M,ze),this.hotkeyAction="toggleMuted"}static{this.tagName="media-mute-button"}activate(e){this.core.toggle(e)}};k(kg);var xg=class extends A{constructor(...e){super(...e),this.open=Pe.defaultProps.open,this.defaultOpen=Pe.defaultProps.defaultOpen,this.side=Pe.defaultProps.side,this.align=Pe.defaultProps.align,this.modal=Pe.defaultProps.modal,this.closeOnEscape=Pe.defaultProps.closeOnEscape,this.closeOnOutsideClick=Pe.defaultProps.closeOnOutsideClick,this.openOnHover=Pe.defaultProps.openOnHover,this.delay=Pe.defaultProps.delay,this.closeDelay=Pe.defaultProps.closeDelay,this.boundary="container",this.#e=new Pe,this.#t=new C(this,{context:de,subscribe:!0}),this.#i=new C(this,{context:Lt}),this.#n=new zi(this),this.#r=null,this.#a=null,this.#o=null,this.#l=null,this.#s=null}static{this.tagName="media-popover"}static{this.properties={open:{type:Boolean},defaultOpen:{type:Boolean,attribute:"default-open"},side:{type:String},align:{type:String},modal:{type:Boolean},closeOnEscape:{type:Boolean,attribute:"close-on-escape"},closeOnOutsideClick:{type:Boolean,attribute:"close-on-outside-click"},openOnHover:{type:Boolean,attribute:"open-on-hover"},delay:{type:Number},closeDelay:{type:Number,attribute:"close-delay"},boundary:{type:String}}}#e;#t;#i;#n;#r;#a;#o;#l;#s;connectedCallback(){super.connectedCallback(),!this.destroyed&&(this.setAttribute(Vt,""),this.#o=new AbortController,this.#r=ti({transition:we(),onOpenChange:(e,t)=>{this.open=e,this.dispatchEvent(new CustomEvent("open-change",{detail:{open:e,...t}}))},closeOnEscape:()=>this.closeOnEscape,closeOnOutsideClick:()=>this.closeOnOutsideClick,openOnHover:()=>this.openOnHover,delay:()=>this.delay,closeDelay:()=>this.closeDelay,group:()=>this.#i.value}),this.#r.setPopupElement(this),D(this,this.#r.popupProps,{signal:this.#o.signal}),this.#a?this.#a.track(this.#r.input):this.#a=new We(this,this.#r.input))}firstUpdated(e){super.firstUpdated(e),this.defaultOpen&&!this.open&&this.#r?.open()}disconnectedCallback(){super.disconnectedCallback(),this.#o?.abort(),this.#o=null}destroyCallback(){this.#c(),this.#r?.destroy(),super.destroyCallback()}close(e="imperative-action"){this.#r?.close(e)}get triggerElement(){return this.#s}willUpdate(e){if(super.willUpdate(e),this.#e.setProps(this),this.#r&&e.has("open")){let{active:t}=this.#r.input.current;this.open!==t&&(this.open?this.#r.open():this.#r.close())}}update(e){if(super.update(e),!this.#r)return;let t=this.#n.findTrigger();this.#d(t);let i=this.#r.input.current;this.#e.setInput(i);let n=this.#e.getState();if(D(this,this.#e.getPopupAttrs(n)),F(this,n,ga),n.open?lt(this):dt(this),this.#s&&D(this.#s,this.#e.getTriggerAttrs(n,this.id)),!n.open){this.#n.cleanup();return}this.#n.sync({anchorName:this.id,position:{side:n.side,align:n.align},trigger:this.#s,boundary:this.boundary,container:this.#t.value?.container??null,onSideChange:r=>this.setAttribute(ga.side,r)})}#d(e){e!==this.#s&&(this.#n.cleanup(),this.#c(),this.#s=e,this.#r?.setTriggerElement(e),e&&this.#r&&(this.#l=new AbortController,D(e,this.#r.triggerProps,{signal:this.#l.signal})))}#c(){this.#s&&D(this.#s,{"aria-expanded":void 0,"aria-haspopup":void 0,"aria-controls":void 0}),this.#l?.abort(),this.#l=null,this.#s=null}};var GT={volume:0,muted:!1,volumeAvailability:"unsupported",mutedAvailability:"unsupported",setVolume:()=>0,toggleMuted:()=>!1},Tg=class extends xg{static{this.tagName="media-volume-popover"}#e=new Zd;#t=new O(this,M,ze);update(e){super.update(e),this.#e.setProps(this),this.#e.setInput({active:this.hasAttribute("data-open"),status:this.hasAttribute("data-starting-style")?"starting":this.hasAttribute("data-ending-style")?"ending":"idle"}),this.#e.setMedia(this.#t.value??GT);let t=this.#e.getState();F(this,t,Qd),this.hidden=t.hidden,t.hidden&&(this.close(),this.triggerElement&&D(this.triggerElement,{"aria-expanded":void 0,"aria-haspopup":void 0,"aria-controls":void 0}))}};k(Tg);var ue=Symbol("@videojs/slider");var wg=class extends A{constructor(...e){super(...e),this.label="",this.step=Et.defaultProps.step,this.largeStep=Et.defaultProps.largeStep,this.wheelStep=Et.defaultProps.wheelStep,this.orientation=Et.defaultProps.orientation,this.disabled=Et.defaultProps.disabled,this.thumbAlignment=Et.defaultProps.thumbAlignment,this.#e=new Et,this.#t=new O(this,M,tt),this.#i=new ne(this,{context:ue}),this.#n=new O(this,M,ze),this.#r=new ae(this,ie),this.#a=null,this.#o=null,this.#l=null}static{this.tagName="media-volume-slider"}static{this.properties={label:{type:String},step:{type:Number},largeStep:{type:Number,attribute:"large-step"},wheelStep:{type:Number,attribute:"wheel-step"},orientation:{type:String},disabled:{type:Boolean},thumbAlignment:{type:String,attribute:"thumb-alignment"}}}#e;#t;#i;#n;#r;#a;#o;#l;connectedCallback(){if(super.connectedCallback(),this.destroyed)return;this.#o=new AbortController;let e=this.#o.signal,t=()=>{let o=this.#n.value;return this.disabled||!o||o.volumeAvailability!=="available"},i=()=>(this.#n.value?.volume??0)*100,n=()=>this.#e.getStepPercent(),r=o=>this.#d(o);this.#a=Ln({getElement:()=>this,getThumbElement:()=>this.querySelector("media-slider-thumb"),getOrientation:()=>this.orientation,isDisabled:t,getPercent:i,getStepPercent:n,getLargeStepPercent:()=>this.#e.getLargeStepPercent(),onValueChange:r,onValueCommit:r,onPressStart:()=>{this.#l??=this.#t.value?.requestControlsLock()??null},onPressEnd:()=>this.#s(),onDragStart:()=>{this.dispatchEvent(new CustomEvent("drag-start",{bubbles:!0}))},onDragEnd:()=>{this.dispatchEvent(new CustomEvent("drag-end",{bubbles:!0}))},adjustPercent:(o,s,l)=>this.#e.adjustPercentForAlignment(o,s,l),onResize:()=>this.requestUpdate()});let a=fl({isDisabled:t,getPercent:i,getStepPercent:()=>this.#e.getWheelStepPercent(),onValueChange:r});D(this,this.#a.rootProps,{signal:e}),D(this,a,{signal:e}),_e(this,this.#a.rootStyle),this.#a.input.subscribe(()=>this.requestUpdate(),{signal:e})}disconnectedCallback(){this.#s(),super.disconnectedCallback(),this.#o?.abort(),this.#o=null}destroyCallback(){this.#s(),this.#a?.destroy(),super.destroyCallback()}#s(){this.#l?.(),this.#l=null}willUpdate(e){super.willUpdate(e),this.#e.setProps(this),this.#e.setFormatLocale(this.#r.locale)}update(e){if(super.update(e),!this.#a)return;let t=this.#n.value;if(!t)return;this.#e.setInput(this.#a.input.current),this.#e.setMedia(t);let i=this.#e.getState(),n=ia(this.#a.adjustForAlignment(i)),r=this.#e.getAttrs(i);_e(this,n),F(this,i,Aa),D(this,{hidden:i.hidden?"":void 0}),this.#i.setValue({state:i,stateAttrMap:Aa,pointerValue:this.#e.valueFromPercent(i.pointerPercent),thumbAttrs:{...r,"aria-label":H(r["aria-label"],this.#r.value),"aria-valuetext":H(r["aria-valuetext"],this.#r.value,this.#e.getValueTextParams(i))},thumbProps:this.#a.thumbProps,formatValue:a=>`${Math.round(a)}%`})}#d(e){this.#n.value?.setVolume(this.#e.valueFromPercent(e)/100)}};k(wg);var Sg=class extends ge{constructor(...e){super(...e),this.consumer=new C(this,{context:ue,subscribe:!0})}static{this.tagName="media-slider-track"}};k(Sg);var Eg=class extends ge{constructor(...e){super(...e),this.consumer=new C(this,{context:ue,subscribe:!0})}static{this.tagName="media-slider-fill"}};k(Eg);var Cg=class extends A{static{this.tagName="media-slider-thumb"}#e=new C(this,{context:ue,subscribe:!0});#t=null;#i=!1;connectedCallback(){super.connectedCallback(),this.#t=new AbortController,this.#i=!1}disconnectedCallback(){super.disconnectedCallback(),this.#t?.abort(),this.#t=null,this.#i=!1}update(e){super.update(e);let t=this.#e.value;t&&(!this.#i&&this.#t&&(D(this,t.thumbProps,{signal:this.#t.signal}),this.#i=!0),D(this,t.thumbAttrs),F(this,t.state,t.stateAttrMap))}};k(Cg);var Pg=class extends A{constructor(...e){super(...e),this.type=si.defaultProps.type,this.negativeSign=si.defaultProps.negativeSign,this.label="",this.toggle=si.defaultProps.toggle,this.#e=new si,this.#t=new O(this,M,Me),this.#i=new O(this,M,kt),this.#n=new ae(this,ie),this.#r=document.createElement("span"),this.#a=new Text,this.#o=null,this.#l=!1,this.#s=si.defaultProps.type,this.#c=t=>{t.defaultPrevented||!this.toggle||!this.#t.value||!this.#f()||this.#p()},this.#u=t=>{t.defaultPrevented||!dn(t)||!this.toggle||!this.#t.value||!this.#f()||(t.preventDefault(),!t.repeat&&this.#p())}}static{this.tagName="media-time"}static{this.properties={type:{type:String},negativeSign:{type:String,attribute:"negative-sign"},label:{type:String},toggle:{type:Boolean}}}#e;#t;#i;#n;#r;#a;#o;#l;#s;connectedCallback(){super.connectedCallback(),this.#o=new AbortController,this.#m(),this.#r.parentNode||(this.#r.setAttribute("aria-hidden","true"),this.#r.hidden=!0,this.append(this.#r,this.#a))}disconnectedCallback(){super.disconnectedCallback(),this.#o?.abort(),this.#o=null,this.#l=!1}willUpdate(e){super.willUpdate(e),(e.has("type")||e.has("toggle"))&&(this.#s=this.type)}update(e){super.update(e),e.has("toggle")&&this.#m();let t=this.#t.value;if(!t){this.#h();return}this.#e.setProps({type:this.toggle?this.#s:this.type,negativeSign:this.negativeSign,label:this.label,toggle:this.toggle}),this.#e.setMedia({...t,seekable:this.#i.value?.seekable??[]}),this.#e.setFormatLocale(this.#n.locale);let i=this.#e.getState();this.#r.hidden=!i.negative,this.#r.textContent=i.negative?this.negativeSign:"",this.#a.textContent=i.text;let n=this.#e.getAttrs(i,this.type),r=H(n["aria-label"],this.#n.value,this.#d(i)),a=n["aria-description"]?H(n["aria-description"],this.#n.value):void 0;D(this,{"aria-label":r,"aria-description":a,"aria-disabled":n["aria-disabled"],role:this.toggle?n.role:"time",tabIndex:n.tabIndex,datetime:this.toggle||i.unavailable?void 0:i.datetime}),F(this,i,Hd)}#d(e){if(!this.#e.getLabelParams(e))return;let t=He(Math.abs(e.seconds),{locale:this.#n.locale}),i={current:jh,duration:_h,remaining:Uh}[e.type];return{duration:H(i,this.#n.value,{duration:t})}}#c;#u;#p(){this.type==="current"?this.#s=this.#s==="remaining"?"current":"remaining":this.#s=this.#s==="duration"?"remaining":"duration",this.requestUpdate()}#f(){let e=this.#t.value;return e?yt({...e,seekable:this.#i.value?.seekable??[]}):!1}#m(){!this.toggle||!this.#o||this.#l||(this.#l=!0,D(this,{onClick:this.#c,onKeyDown:this.#u},{signal:this.#o.signal}))}#h(){D(this,{"aria-label":void 0,"aria-description":void 0,"aria-disabled":void 0,role:void 0,tabIndex:void 0,datetime:void 0,"data-type":void 0,"data-disabled":void 0,"data-unavailable":void 0})}};k(Pg);var Ag=class extends A{constructor(...e){super(...e),this.label="",this.changeThrottle=mt.defaultProps.changeThrottle,this.step=mt.defaultProps.step,this.largeStep=mt.defaultProps.largeStep,this.orientation=mt.defaultProps.orientation,this.disabled=mt.defaultProps.disabled,this.thumbAlignment=mt.defaultProps.thumbAlignment,this.pauseOnDrag=mt.defaultProps.pauseOnDrag,this.#e=new mt,this.#t=new O(this,M,tt),this.#i=new ne(this,{context:ue}),this.#n=new O(this,M,Me),this.#r=new O(this,M,kt),this.#a=new O(this,M,Be),this.#o=new ae(this,ie),this.#l=null,this.#s=null,this.#d=null}static{this.tagName="media-time-slider"}static{this.properties={label:{type:String},changeThrottle:{type:Number,attribute:"change-throttle"},step:{type:Number},largeStep:{type:Number,attribute:"large-step"},orientation:{type:String},disabled:{type:Boolean},thumbAlignment:{type:String,attribute:"thumb-alignment"},pauseOnDrag:{type:Boolean,attribute:"pause-on-drag"}}}#e;#t;#i;#n;#r;#a;#o;#l;#s;#d;connectedCallback(){if(super.connectedCallback(),this.destroyed)return;this.#s=new AbortController;let e=this.#s.signal;this.#l=Ln({getElement:()=>this,getThumbElement:()=>this.querySelector("media-slider-thumb"),getOrientation:()=>this.orientation,isDisabled:()=>{let t=this.#n.value,i=this.#r.value;return this.disabled||!t||!i||!yt({...t,...i})},getPercent:()=>{let t=this.#n.value;return t?this.#e.percentFromValue(t.currentTime):0},getStepPercent:()=>this.#e.getStepPercent(),getLargeStepPercent:()=>this.#e.getLargeStepPercent(),onValueCommit:t=>{let i=this.#n.value;i&&i.seek(this.#e.rawValueFromPercent(t))},changeThrottle:this.changeThrottle,onPressStart:()=>{this.#d??=this.#t.value?.requestControlsLock()??null},onPressEnd:()=>this.#u(),onDragStart:()=>{this.#e.startDrag(this.#a.value),this.dispatchEvent(new CustomEvent("drag-start",{bubbles:!0}))},onDragEnd:()=>{this.#e.endDrag(this.#a.value),this.dispatchEvent(new CustomEvent("drag-end",{bubbles:!0}))},adjustPercent:(t,i,n)=>this.#e.adjustPercentForAlignment(t,i,n),onResize:()=>this.requestUpdate()}),D(this,this.#l.rootProps,{signal:e}),_e(this,this.#l.rootStyle),this.#l.input.subscribe(()=>this.requestUpdate(),{signal:e})}disconnectedCallback(){this.#u(),this.#c(),super.disconnectedCallback(),this.#s?.abort(),this.#s=null}destroyCallback(){this.#u(),this.#c(),this.#l?.destroy(),super.destroyCallback()}#c(){this.#e.endDrag(this.#a.value)}#u(){this.#d?.(),this.#d=null}willUpdate(e){super.willUpdate(e),this.#e.setProps({label:this.label,changeThrottle:this.changeThrottle,step:this.step,largeStep:this.largeStep,orientation:this.orientation,disabled:this.disabled,thumbAlignment:this.thumbAlignment,pauseOnDrag:this.pauseOnDrag}),this.#e.setFormatLocale(this.#o.locale)}update(e){if(super.update(e),!this.#l)return;let t=this.#n.value,i=this.#r.value;if(!t)return;this.#e.setInput(this.#l.input.current);let n={...t,...i??{buffered:[],seekable:[]}};this.#e.setMedia(n);let r=this.#e.getState(),a=al(this.#l.adjustForAlignment(r)),o=this.#e.getAttrs(r);_e(this,a),F(this,r,Ea),this.#i.setValue({state:r,stateAttrMap:Ea,pointerValue:this.#e.rawValueFromPercent(r.pointerPercent),thumbAttrs:{...o,"aria-label":H(o["aria-label"],this.#o.value),"aria-valuetext":H(o["aria-valuetext"],this.#o.value,this.#e.getValueTextParams(r))},thumbProps:this.#l.thumbProps,formatValue:s=>ai(s,r.duration,{locale:this.#o.locale})})}};k(Ag);var Ig=class extends A{static{this.tagName="media-time-slider-chapters"}#e=new Rd;#t=new Hn;#i=new C(this,{context:ue,subscribe:!0});#n=new O(this,M,Ie);#r=new O(this,M,kt);#a=new O(this,M,Me);#o=new Map;#l=null;#s=!1;connectedCallback(){super.connectedCallback(),this.setAttribute("aria-hidden","true")}update(e){super.update(e);let t=this.#i.value,i=this.#a.value?.duration??0,n=this.#d();if(!t||(F(this,t.state,t.stateAttrMap),!n))return;let{chapters:r,ranges:a,max:o}=this.#t.getRanges(this.#n.value?.chaptersCues??[],0,i),s=this.#e.getGeometry({ranges:a,min:0,max:o,orientation:t.state.orientation}),l=this.#r.value?.buffered??[],d=l.length?l[l.length-1][1]:0,c=new Map;for(let p of s){let m=this.#t.getState(this.#e.getState(p,t.state,t.pointerValue),r,d),h=this.#o.get(m.key);h||(h=fn(n,this.ownerDocument)),this.#c(h,"pointer-events",m.cue?void 0:"none"),this.#c(h,li.start,m.startPercent),this.#c(h,li.end,m.endPercent),this.#c(h,li.width,m.width??m.height),this.#c(h,li.fill,`${m.fillPercent}%`),this.#c(h,li.buffer,`${m.bufferPercent}%`),F(h,t.state,t.stateAttrMap),F(h,m,Wd),c.set(m.key,h)}for(let[p,m]of this.#o)c.has(p)||m.remove();let u=null;for(let p of[...c.values()].reverse())(p.parentNode!==this||p.nextSibling!==u)&&this.insertBefore(p,u),u=p;this.#o.clear();for(let[p,m]of c)this.#o.set(p,m)}#d(){if(this.#s)return this.#l;let e=pn(this);if(!e){for(let i of[...this.childNodes])i.remove();return null}this.#s=!0;let t=mn(e);for(let i of[...this.childNodes])i!==e&&i.remove();return t?.namespaceURI!=="http://www.w3.org/1999/xhtml"?null:(this.#l=t,this.#l)}#c(e,t,i){i===void 0?e.style.removeProperty(t):e.style.setProperty(t,i)}};k(Ig);var Mg=class extends ge{constructor(...e){super(...e),this.consumer=new C(this,{context:ue,subscribe:!0})}static{this.tagName="media-slider-buffer"}};k(Mg);var Rg=class extends A{constructor(...e){super(...e),this.overflow="clamp",this.#e=new C(this,{context:ue,subscribe:!0}),this.#t=null,this.#i=0}static{this.tagName="media-slider-preview"}static{this.properties={overflow:{type:String}}}#e;#t;#i;connectedCallback(){super.connectedCallback(),this.#t=Je(this,([e])=>{this.#i=e.contentRect.width,this.#n()})}disconnectedCallback(){super.disconnectedCallback(),this.#t?.(),this.#t=null}#n(){_e(this,ol(this.#i,this.overflow))}update(e){super.update(e);let t=this.#e.value;t&&F(this,t.state,t.stateAttrMap),this.#n()}};k(Rg);var $T=`:host {
  display: inline-block;
  overflow: hidden;
}
img,
::slotted(img) {
  display: block;
}`;function YT(){let e=document.createElement("img");return e.alt="",e.setAttribute("part","image"),e.setAttribute("aria-hidden","true"),e.setAttribute("decoding","async"),e}var Dg=class extends A{static{this.tagName="media-thumbnail"}static{this.properties={time:{type:Number},crossOrigin:{type:String,attribute:"crossorigin"},loading:{type:String},fetchPriority:{type:String,attribute:"fetchpriority"}}}#e;#t;#i;#n;#r;#a;#o;#l;#s;#d;#c;#u;constructor(){super(),this.time=0,this.#e=new Nn,this.#t=this.attachShadow({mode:"open"}),this.#i=YT(),this.#n=new MutationObserver(()=>this.requestUpdate()),this.#r=new MutationObserver(()=>this.requestUpdate()),this.#a=new O(this,M,Ie),this.#o=null,this.#l=null,this.#s=[],this.#u=null;let e=document.createElement("style");e.textContent=$T,this.#t.append(e,document.createElement("slot"),this.#i)}get thumbnails(){return this.#d}set thumbnails(e){this.#d=e,this.requestUpdate()}connectedCallback(){super.connectedCallback(),!this.destroyed&&(this.#u=pl({getContainer:()=>this,getImg:()=>this.#l,onStateChange:()=>this.requestUpdate()}),this.#n.observe(this,{childList:!0,subtree:!0,attributes:!0,attributeFilter:["src","srcset"]}),this.#o=new AbortController,b(this,"slotchange",()=>this.requestUpdate(),{signal:this.#o.signal}),this.requestUpdate())}disconnectedCallback(){super.disconnectedCallback(),this.#h(null),this.#n.disconnect(),this.#o?.abort(),this.#o=null,this.#u?.destroy(),this.#u=null}destroyCallback(){this.#u?.destroy(),super.destroyCallback()}update(e){super.update(e);let t=this.#a.value;this.#d?this.#s=this.#d:t!==this.#c&&(this.#c=t,this.#s=t&&t.thumbnailCues.length>0?_d(t.thumbnailCues,t.thumbnailTrackSrc??void 0):[]);let i=this.#e.findActiveThumbnail(this.#s,this.time),n=ki(this,sn)??this.#i;if(this.#h(n),D(n,{crossorigin:this.#e.resolveCrossOrigin(this.crossOrigin,this.#p(t)),loading:this.loading,fetchpriority:this.fetchPriority}),this.#u?.updateSrc(i?.url),this.#g(i?.url),this.#u?.connect(),!i){this.#m();let o=this.#e.getState(!1,!1,void 0);D(this,this.#e.getAttrs(o)),F(this,o,wa);return}let r=this.#u,a=this.#e.getState(r?.loading??!1,r?.error??!1,i);if(D(this,this.#e.getAttrs(a)),F(this,a,wa),r?.naturalWidth&&r.naturalHeight){let o=r.readConstraints(),s=this.#e.resize(i,r.naturalWidth,r.naturalHeight,o);s&&this.#f(s)}}#p(e){return this.#d?void 0:e?.thumbnailTrackCrossOrigin}#f(e){this.style.width=`${e.containerWidth}px`,this.style.height=`${e.containerHeight}px`;let t=this.#l?.style;t&&(t.width=`${e.imageWidth}px`,t.height=`${e.imageHeight}px`,t.maxWidth="none",t.transform=e.offsetX||e.offsetY?`translate(-${e.offsetX}px, -${e.offsetY}px)`:"")}#m(){this.style.width="",this.style.height="";let e=this.#l?.style;e&&(e.width="",e.height="",e.maxWidth="",e.transform="")}#h(e){if(e===this.#l)return;let t=this.#l;t&&(this.#u?.disconnectImg(t),this.#m(),t.removeAttribute("src"),t.removeAttribute("srcset")),this.#l=e,this.#r.disconnect(),e&&e!==this.#i&&this.#r.observe(e,{attributes:!0,attributeFilter:["src","srcset"]}),e===this.#i?this.#t.append(this.#i):e&&this.#i.remove(),this.#u?.updateSrc(void 0)}#g(e){let t=this.#l;t&&(t.removeAttribute("srcset"),e?t.getAttribute("src")!==e&&t.setAttribute("src",e):t.removeAttribute("src"))}};var Og=class extends Dg{static{this.tagName="media-slider-thumbnail"}#e=new C(this,{context:ue,subscribe:!0});update(e){let t=this.#e.value;t&&(this.time=t.pointerValue),super.update(e)}};k(Og);var Lg=class extends A{static{this.tagName="media-time-slider-chapter-title"}#e=new Hn;#t=new C(this,{context:ue,subscribe:!0});#i=new O(this,M,Ie);#n=new O(this,M,Me);update(e){super.update(e);let t=this.#t.value;if(!t)return;let i=this.#n.value?.duration??0,{chapters:n}=this.#e.getRanges(this.#i.value?.chaptersCues??[],0,i),r=t.state.interactive&&!t.state.pointing&&!t.state.dragging,a=t.state.pointing||t.state.dragging?t.pointerValue:t.state.value,o=this.#e.findChapter(n,a);this.textContent=o?.cue?.text??"",r?(this.removeAttribute("aria-hidden"),this.setAttribute("aria-live","polite")):(this.setAttribute("aria-hidden","true"),this.removeAttribute("aria-live"))}};k(Lg);var Ng=class extends A{constructor(...e){super(...e),this.type="current",this.#e=new C(this,{context:ue,subscribe:!0})}static{this.tagName="media-slider-value"}static{this.properties={type:{type:String}}}#e;connectedCallback(){super.connectedCallback(),this.setAttribute("aria-live","off")}update(e){super.update(e);let t=this.#e.value;if(!t)return;let i=this.type==="pointer"?t.pointerValue:t.state.value;this.textContent=t.formatValue?t.formatValue(i,this.type):String(Math.round(i)),F(this,t.state,t.stateAttrMap)}};k(Ng);function zg(e,t){let i=e.getRootNode(),n=("getElementById"in i?i.getElementById(t):null)??i.querySelector(`#${CSS.escape(t)}`);if(!n||!("open"in n))return;let r=n;r.open=!r.open}function Ma(e){return e.textTrackList.filter(Ce).length}var Vg=class extends Ve{constructor(...e){super(...e),this.commandfor=void 0,this.menuFor=void 0,this.#e=void 0,this.core=new Rl,this.stateAttrMap=Dl,this.mediaState=new O(this,M,Ie),this.hotkeyAction="toggleSubtitles"}static{this.tagName="media-captions-button"}static{this.properties={label:{type:String},disabled:{type:Boolean},commandfor:{type:String},menuFor:{type:String,attribute:"menu-for"}}}#e;connectedCallback(){super.connectedCallback(),this.commandfor&&this.commandfor!==this.menuFor&&(this.#e=this.commandfor)}activate(e,t){if(this.menuFor&&Ma(e)>1){t instanceof KeyboardEvent&&zg(this,this.menuFor);return}this.core.toggle(e)}getIsButtonDisabled(){let e=this.mediaState.value;return!!(super.getIsButtonDisabled()||e&&Ma(e)===0)}willUpdate(e){super.willUpdate(e),e.has("commandfor")&&this.commandfor!==this.menuFor&&(this.#e=this.commandfor),(e.has("commandfor")||e.has("menuFor"))&&this.#t()}update(e){super.update(e);let t=this.mediaState.value;t&&(this.#t(t),this.menuFor&&Ma(t)>1&&D(this,{"aria-disabled":this.getIsButtonDisabled()?"true":void 0}))}#t(e){let t=e??this.mediaState.value,i=t&&this.menuFor&&Ma(t)>1?this.menuFor:this.#e;i?this.setAttribute("commandfor",i):this.removeAttribute("commandfor")}};k(Vg);var Ra=Symbol("@videojs/radio-group");var XT=Symbol("@videojs/menu"),ZT=Symbol("@videojs/menu-group"),at=XT,Fg=ZT;var jg=class extends A{constructor(...e){super(...e),this.open=rt.defaultProps.open,this.defaultOpen=rt.defaultProps.defaultOpen,this.side=rt.defaultProps.side,this.align=rt.defaultProps.align,this.closeOnEscape=rt.defaultProps.closeOnEscape,this.closeOnOutsideClick=rt.defaultProps.closeOnOutsideClick,this.boundary="container",this.#e=new rt,this.#t=new ne(this,{context:at}),this.#i=new zi(this),this.#n=new O(this,M,tt),this.#r=new C(this,{context:de,subscribe:!0}),this.#a=new C(this,{context:Lt}),this.#o=null,this.#l=null,this.#s=null,this.#d=null,this.#c=null,this.#u=null,this.#p=!1,this.#f=!1,this.#m=null,this.#h=new Map,this.#g=null,this.#v=t=>{this.#o?.contentProps.onFocusOut(t)},this.#y=(t,i)=>{let n=this.#h.get(t);i&&QT(n,i)||!i&&!n||(i?this.#h.set(t,i):this.#h.delete(t),this.#g=Fn(this.#h.values()),(this.#g?.disabled||this.#g?.hidden)&&this.open&&this.close("imperative-action"),this.#k(this.#u))}}static{this.tagName="media-menu"}static{this.properties={open:{type:Boolean},defaultOpen:{type:Boolean,attribute:"default-open"},side:{type:String},align:{type:String},closeOnEscape:{type:Boolean,attribute:"close-on-escape"},closeOnOutsideClick:{type:Boolean,attribute:"close-on-outside-click"},boundary:{type:String}}}#e;#t;#i;#n;#r;#a;#o;#l;#s;#d;#c;#u;#p;#f;#m;#h;#g;get menu(){return this.#o}get popup(){return this.#l}connectedCallback(){super.connectedCallback(),!this.destroyed&&(this.setAttribute(Vt,""),this.#d=new AbortController,this.#l=el(),this.#l.setElement(this),this.#o=Mn({transition:we(),onOpenChange:(e,t)=>{this.dispatchEvent(new CustomEvent("open-change",{bubbles:!0,cancelable:!0,composed:!0,detail:{open:e,...t}}))&&(this.open=e)},closeOnEscape:()=>this.closeOnEscape,closeOnOutsideClick:()=>this.closeOnOutsideClick,group:()=>this.#a.value}),this.#o.setPopupElement(this),D(this,{onFocusOut:this.#v},{signal:this.#d.signal}),this.#s?this.#s.track(this.#o.input):this.#s=new We(this,this.#o.input))}disconnectedCallback(){this.#b(),super.disconnectedCallback(),this.#i.cleanup(),this.#T(),this.#l?.destroy(),this.#l=null,this.#o?.destroy(),this.#o=null,this.#d?.abort(),this.#d=null}close(e="imperative-action"){this.#o?.close(e)}openMenu(e="imperative-action"){this.#o?.open(e)}willUpdate(e){super.willUpdate(e),!this.hasUpdated&&this.defaultOpen&&!this.open&&(this.open=!0),this.#e.setProps({open:this.open,defaultOpen:this.defaultOpen,side:this.side,align:this.align,closeOnEscape:this.closeOnEscape,closeOnOutsideClick:this.closeOnOutsideClick}),this.#o&&e.has("open")&&this.#o.syncOpen(this.open)}update(e){if(super.update(e),!this.#o||!this.#l)return;let t=this.#o.input.current;this.#e.setInput({...t,isSubmenu:!1});let i=this.#e.getState();i.open?this.#m??=this.#n.value?.requestControlsLock()??null:this.#b();let n=this.#i.findTrigger();if(this.#x(n),D(this,this.#e.getPopupAttrs()),F(this,i,Rn),i.open?lt(this):dt(this),this.#u&&(D(this.#u,this.#e.getTriggerAttrs(i,this.#o.contentElement?.id)),this.#k(this.#u)),!i.open)this.#i.cleanup();else{this.#l.sync();let r=Qs(i.side,i.align);r&&this.#u&&this.#i.sync({anchorName:this.id,position:r,trigger:this.#u,boundary:this.boundary,container:this.#r.value?.container??null,cssVars:Js,trackResize:!1,onSideChange:a=>this.setAttribute(Rn.side,a)})}this.#t.setValue({core:this.#e,menu:this.#o,popup:this.#l,state:i,setOptionState:this.#y})}#b(){this.#m?.(),this.#m=null}#v;#x(e){e!==this.#u&&(this.#i.cleanup(),this.#T(),this.#u=e,this.#p=e?JT(e):!1,this.#f=e?.hidden===!0,this.#o?.setTriggerElement(e),e&&this.#o&&(this.#c=new AbortController,D(e,this.#o.triggerProps,{signal:this.#c.signal}),this.#k(e)))}#y;#k(e){if(!e)return;D(e,{disabled:this.#p||this.#g?.disabled||void 0,"aria-disabled":this.#p||this.#g?.disabled?"true":void 0,"data-availability":this.#g?.availability,hidden:this.#f||this.#g?.hidden||void 0});let t=e.querySelector('[data-part~="value"], [data-part~="hint"]');t&&t.textContent!==this.#g?.value&&(t.textContent=this.#g?.value??"")}#T(){if(this.#u){D(this.#u,{"aria-expanded":void 0,"aria-haspopup":void 0,"aria-controls":void 0,disabled:this.#p||void 0,"aria-disabled":this.#p?"true":void 0,"data-availability":void 0,hidden:this.#f||void 0});let e=this.#u.querySelector('[data-part~="value"], [data-part~="hint"]');e?.textContent&&(e.textContent="")}this.#c?.abort(),this.#c=null,this.#u=null,this.#p=!1,this.#f=!1}};function QT(e,t){return e?.value===t.value&&e.disabled===t.disabled&&e.hidden===t.hidden&&e.availability===t.availability}function JT(e){return e.hasAttribute("disabled")||"disabled"in e&&e.disabled===!0}k(jg);var ew=0,_g=class Ug extends A{constructor(...t){super(...t),this.open=!1,this.defaultOpen=!1,this.#e=new C(this,{context:at,subscribe:!0}),this.#t=new ne(this,{context:at}),this.#i=new rt,this.#n=`vjs-menu-content-${ew++}`,this.#r=null,this.#a=null,this.#o=null,this.#l=null,this.#s=!1,this.#d=null,this.#c=null,this.#u=null,this.#p=new Map,this.#f=Symbol("menu"),this.#m=null,this.#h=null,this.#g=null,this.#b=!1,this.#v=!1,this.#x=!1,this.#y=!1,this.#S=i=>{let n=An(i),r=i.defaultPrevented;this.#a?.contentProps.onKeyDown(i),this.#o&&(i.key==="ArrowLeft"||i.key==="Escape")&&!r&&(i.preventDefault(),this.#a?.close("escape")),i.key!=="Escape"&&n&&i.stopPropagation()},this.#E=i=>{this.#a?.contentProps.onFocusOut(i)},this.#C=(i,n)=>{let r=this.#p.get(i);n&&tw(r,n)||!n&&!r||(n?this.#p.set(i,n):this.#p.delete(i),this.#m=Fn(this.#p.values()),(this.#m?.disabled||this.#m?.hidden)&&this.open&&this.#o&&this.close("imperative-action"),this.#A(this.#w()),this.#h?.setOptionState(this.#f,this.#m))}}static{this.tagName="media-menu-content"}static{this.properties={open:{type:Boolean},defaultOpen:{type:Boolean,attribute:"default-open"}}}#e;#t;#i;#n;#r;#a;#o;#l;#s;#d;#c;#u;#p;#f;#m;#h;#g;#b;#v;#x;#y;get context(){return this.#r}connectedCallback(){super.connectedCallback(),!this.#y&&(this.#d=new AbortController,D(this,{onKeyDown:this.#S,onFocusOut:this.#E},{signal:this.#d.signal}))}disconnectedCallback(){super.disconnectedCallback(),!this.#y&&(this.#T(),this.#d?.abort(),this.#d=null)}openMenu(t="imperative-action"){this.#a?.open(t)}close(t="imperative-action"){this.#a?.close(t)}willUpdate(t){super.willUpdate(t),!this.hasUpdated&&this.defaultOpen&&!this.open&&(this.open=!0),this.#s&&this.#a&&t.has("open")&&this.#a.syncOpen(this.open)}update(t){super.update(t);let i=this.#e.value??null;if(!i)return;this.id||(this.id=this.#n);let n=this.#w(),r=n?.closest(Ug.tagName)??null;if(r&&!r.context){this.hidden=!0,requestAnimationFrame(()=>this.requestUpdate());return}let a=r?.context?.menu??null,o=a!==null;(i.menu!==this.#l||a!==this.#o)&&(this.#T(),this.#l=i.menu,this.#o=a,this.#k(i,a)),this.#P(r?.context??i);let s=this.#a;if(!s)return;let l=s.input.current;this.#i.setInput({...l,isSubmenu:o});let d=this.#i.getState(),c=!o||d.open||d.status==="ending";D(this,{...this.#i.getContentAttrs(),hidden:!c}),F(this,d,wt),n&&(s.setTriggerElement(n),D(n,this.#i.getTriggerAttrs(d,c?this.id:void 0)),this.#A(n)),o&&c&&!this.#x&&s.highlightFirstItem({preventScroll:!0}),this.#x=c,this.#r={core:this.#i,menu:s,popup:i.popup,state:d,setOptionState:this.#C},this.#t.setValue(this.#r),i.popup.sync(),this.#M()}#k(t,i){if(i!==null){this.#s=!0,this.#a=Mn({transition:we(),onOpenChange:(r,a)=>{this.dispatchEvent(new CustomEvent("open-change",{bubbles:!0,cancelable:!0,composed:!0,detail:{open:r,...a}}))&&(this.open=r)},closeOnEscape:()=>!0,closeOnOutsideClick:()=>!1}),this.#a.setPopupElement(this),this.#u=i.registerSubmenu(this.#a);let n=this.#d?.signal;n&&this.#a.input.subscribe(()=>this.requestUpdate(),{signal:n}),this.#a.syncOpen(this.open)}else this.#s=!1,this.#a=t.menu;this.#c=t.popup.registerContent({menu:this.#a,parent:i,element:this})}#T(){this.#c?.(),this.#c=null,this.#u?.(),this.#u=null,this.#P(null),this.#I(),this.#p.clear(),this.#m=null,this.#s&&this.#a?.destroy(),this.#a=null,this.#r=null,this.#l=null,this.#o=null,this.#s=!1,this.#x=!1}#w(){return this.id?[...this.getRootNode().querySelectorAll("[commandfor], media-menu-item")].find(t=>t.getAttribute("commandfor")===this.id||t.commandfor===this.id)??null:null}#M(){let t=this.closest("media-menu");!t||this.parentElement===t||(this.#y=!0,t.append(this),this.#y=!1)}#S;#E;#C;#P(t){if(t?.menu===this.#h?.menu){this.#h=t;return}this.#h?.setOptionState(this.#f,null),this.#h=t,this.#h?.setOptionState(this.#f,this.#m)}#A(t){if(t!==this.#g&&(this.#I(),this.#g=t,this.#b=t?iw(t):!1,this.#v=t?.hidden===!0),!t)return;let i=this.#m?.disabled||this.#b;D(t,{disabled:i||void 0,"aria-disabled":i?"true":void 0,"data-availability":this.#m?.availability,hidden:this.#v||this.#m?.hidden||void 0});let n=t.querySelector('[data-part~="value"], [data-part~="hint"]');n&&n.textContent!==this.#m?.value&&(n.textContent=this.#m?.value??"")}#I(){let t=this.#g;if(!t)return;D(t,{disabled:this.#b||void 0,"aria-disabled":this.#b?"true":void 0,"data-availability":void 0,hidden:this.#v||void 0});let i=t.querySelector('[data-part~="value"], [data-part~="hint"]');i?.textContent&&(i.textContent=""),this.#g=null,this.#b=!1,this.#v=!1}};function tw(e,t){return e?.value===t.value&&e.disabled===t.disabled&&e.hidden===t.hidden&&e.availability===t.availability}function iw(e){return e.hasAttribute("disabled")||"disabled"in e&&e.disabled===!0}k(_g);var Bg=class extends A{constructor(...e){super(...e),this.disabled=!1,this.commandfor=void 0,this.#e=new C(this,{context:at,subscribe:!0}),this.#t=null,this.#i=null,this.#n=null}static{this.tagName="media-menu-item"}static{this.properties={disabled:{type:Boolean},commandfor:{type:String}}}#e;#t;#i;#n;connectedCallback(){super.connectedCallback(),this.#t=new AbortController}disconnectedCallback(){super.disconnectedCallback(),this.#n?.(),this.#n=null,this.#i=null,this.#t?.abort(),this.#t=null}update(e){super.update(e);let t=this.#e.value;if(!t||!this.#t)return;this.#i!==t.menu&&(this.#n?.(),this.#i=t.menu,this.#n=t.menu.registerItem(this),D(this,{onClick:n=>{let r=this.#e.value;if(!r||this.#a())return;let a=this.commandfor;if(a)this.#r(a);else{let o=new CustomEvent("select",{bubbles:!0,cancelable:!0});if(!this.dispatchEvent(o)){n.preventDefault();return}In(r.menu)}n.preventDefault()},onKeyDown:n=>{if(!this.#e.value||this.#a()||n.key!=="ArrowRight")return;let r=this.commandfor;r&&(this.#r(r),n.preventDefault())},onPointerenter:()=>{let n=this.#e.value;this.#a()||n?.menu.highlight(this,{focus:!1,pointer:!0})}},{signal:this.#t.signal}));let i=!!this.commandfor;D(this,{role:"menuitem","aria-disabled":this.#a()?"true":void 0,...i&&{"aria-haspopup":"menu","aria-expanded":"false","data-has-submenu":""}})}#r(e){this.getRootNode().querySelector(`#${CSS.escape(e)}`)?.openMenu?.("click")}#a(){return this.disabled||this.getAttribute("aria-disabled")==="true"}};k(Bg);var Hg=class extends A{static{this.tagName="media-menu-separator"}update(e){super.update(e),D(this,{role:"separator"})}};k(Hg);var qg=class extends A{constructor(...e){super(...e),this.value="",this.#e=new ne(this,{context:Ra})}static{this.properties={value:{type:String}}}#e;update(e){super.update(e),this.#e.setValue({value:this.value,onValueChange:t=>{this.value=t,this.dispatchEvent(new CustomEvent("value-change",{detail:{value:t},bubbles:!0}))}})}};var Wg=class{#e;#t;#i={registerLabel:e=>this.#a(e)};#n;#r;constructor(e){this.#e=e,this.#t=new ne(e,{context:Fg,initialValue:this.#i})}applyProps(){let e=this.#e.getAttribute("aria-labelledby")??void 0,t=e!==void 0&&e!==this.#r;if(this.#e.hasAttribute("aria-label")||t){this.#r&&e===this.#r&&this.#e.removeAttribute("aria-labelledby"),this.#r=void 0,D(this.#e,{role:"group"});return}this.#r=this.#n,D(this.#e,{role:"group","aria-labelledby":this.#n})}#a(e){return this.#n=e,this.#t.setValue(this.#i),this.#e.requestUpdate(),()=>{this.#n===e&&(this.#n=void 0,this.#e.requestUpdate())}}};var jt=class extends A{constructor(...e){super(...e),this.value="",this.disabled=!1,this.#e=new C(this,{context:at,subscribe:!0}),this.#t=new C(this,{context:Ra,subscribe:!0}),this.#i=null,this.#n=!1,this.#r=null}static{this.tagName="media-menu-radio-item"}static{this.properties={value:{type:String},disabled:{type:Boolean}}}#e;#t;#i;#n;#r;connectedCallback(){super.connectedCallback(),this.#i=new AbortController,this.#n=!1}disconnectedCallback(){super.disconnectedCallback(),this.#r?.(),this.#r=null,this.#i?.abort(),this.#i=null,this.#n=!1}update(e){super.update(e);let t=this.#e.value,i=this.#t.value;if(!t||!i||!this.#i)return;this.#n||(this.#n=!0,this.#r=t.menu.registerItem(this),D(this,{onClick:()=>{let r=this.#e.value,a=this.#t.value;!r||!a||this.disabled||(a.onValueChange(this.value),In(r.menu))},onPointerenter:()=>{let r=this.#e.value;this.disabled||r?.menu.highlight(this,{focus:!1,pointer:!0})}},{signal:this.#i.signal}));let n=i.value===this.value;D(this,{role:"menuitemradio","aria-checked":String(n),"aria-disabled":this.disabled?"true":void 0})}};var Xe=class extends qg{static{this.tagName="media-menu-radio-group"}#e=new Wg(this);#t=new C(this,{context:at,subscribe:!0});#i=Symbol("menu-option");#n=null;#r=null;#a=null;disconnectedCallback(){this.#o(),super.disconnectedCallback()}update(e){super.update(e),this.#e.applyProps()}setItemLabel(e,t){let i=e.querySelector('[data-part~="label"]');i?i.textContent=t:e.textContent=t}applyDefaultAriaLabel(e){if(this.hasAttribute("aria-labelledby"))return;let t=this.getAttribute("aria-label");t!==null&&t!==this.#n||(this.#n=e,this.setAttribute("aria-label",e))}publishMenuOptionState(e,t,i){let n=this.#t.value??null;if(n?.menu!==this.#r&&(this.#o(),this.#r=n?.menu??null,this.#a=n?.setOptionState??null),!this.#a)return;let r=No(this,o=>o instanceof jt&&o.value===this.value),a=r?.querySelector('[data-part~="label"]')?.textContent??r?.textContent?.trim()??"";this.#a(this.#i,{value:a,disabled:e,hidden:t,availability:i})}#o(){this.#a?.(this.#i,null),this.#r=null,this.#a=null}};function Kg(e,t){return JSON.stringify([e,t])}var Da=class extends A{constructor(...e){super(...e),this.checked=!1,this.forceMount=!1}static{this.tagName="media-menu-item-indicator"}static{this.properties={checked:{type:Boolean},forceMount:{type:Boolean,attribute:"force-mount"}}}update(e){super.update(e);let t=!this.checked&&!this.forceMount;D(this,{"aria-hidden":"true",hidden:t})}};var _t=class{#e;#t;#i="";#n=null;#r=null;constructor(e,t){this.#e=e,this.#t=t,e.addController(this)}hostConnected(){this.#r=new AbortController,this.#e.addEventListener("value-change",this.#a,{signal:this.#r.signal})}hostDisconnected(){this.#r?.abort(),this.#r=null}hostDestroyed(){this.hostDisconnected()}sync(e,t,i){this.#e.value=e.value,D(this.#e,{"aria-disabled":e.disabled?"true":void 0,hidden:e.hidden?"":void 0});let n=pn(this.#e),r=n?mn(n):null,a=r?.localName===jt.tagName?r:null,o=`${e.options.map(l=>`${l.value}:${Kg(l.label,l.labelParams)}:${this.#t.getOptionCacheKey?.(l)??""}`).join("|")}::${i}::${n?.innerHTML??""}`;if(o!==this.#i||t!==this.#n){this.#i=o,this.#n=t;for(let d of[...this.#e.children])d!==n&&d.remove();let l=e.options.map(d=>{let c=a?fn(a,this.#e.ownerDocument):this.#e.ownerDocument.createElement(jt.tagName);c.value=d.value,this.#t.setItemAttributes?.(c,d);let u=H(d.label,t,d.labelParams);return this.#t.renderItem?this.#t.renderItem(c,u,d):this.#o(c,u),c});this.#e.append(...l)}let s=new Map(e.options.map(l=>[l.value,l]));for(let l of this.#e.querySelectorAll(jt.tagName)){let d=l.value===e.value,c=s.get(l.value);l.disabled=e.disabled||c?.disabled===!0;for(let u of l.querySelectorAll(Da.tagName))u.checked=d}}#a=e=>{if(e.target!==this.#e)return;let{value:t}=e.detail;this.#t.onValueChange(t)};#o(e,t){let i=e.querySelector('[data-part~="label"]');i?i.textContent=t:e.textContent=t}};var Gg=class extends Xe{constructor(...e){super(...e),this.disabled=!1,this.label="",this.formatRendition=ba.defaultProps.formatRendition,this.#e=new ba,this.#t=new ae(this,ie),this.#i=new O(this,M,Ls),this.#n=new _t(this,{renderItem:(t,i,n)=>this.#r(t,i,n.tier,n.badge),setItemAttributes:(t,i)=>t.setAttribute("data-rendition",i.value),getOptionCacheKey:t=>`${t.tier??""}:${t.badge??""}`,onValueChange:t=>{let i=this.#i.value;i&&this.#e.selectValue(i,t)}})}static{this.tagName="media-quality-radio-group"}static{this.properties={...Xe.properties,disabled:{type:Boolean},label:{type:String}}}#e;#t;#i;#n;connectedCallback(){super.connectedCallback(),this.destroyed}update(e){let t=this.#i.value,i=null;t?(this.#e.setProps({formatRendition:this.formatRendition,disabled:this.disabled,label:this.label}),this.#e.setMedia(t),i=this.#e.getState(),this.applyDefaultAriaLabel(H(this.#e.getLabel(i),this.#t.value)),this.#n.sync(i,this.#t.value,this.#t.locale),this.publishMenuOptionState(i.disabled,i.hidden,i.availability)):this.publishMenuOptionState(!0,!0,"unsupported"),super.update(e),i&&F(this,i,Td)}#r(e,t,i,n){let r=e.querySelector('[data-part~="label"]'),a=e.querySelector('[data-part~="tier"]'),o=e.querySelector('[data-part~="badge"]');r&&(r.textContent=t),a&&(a.textContent=i??"",a.hidden=!i),o&&(o.textContent=n??"",o.hidden=!n),!r&&!a&&!o&&(e.textContent=[t,i,n].filter(Boolean).join(" "))}};k(Gg);k(jt);k(Da);var $g=class extends Xe{constructor(...e){super(...e),this.disabled=!1,this.label="",this.formatTrack=sa.defaultProps.formatTrack,this.#e=new sa,this.#t=new ae(this,ie),this.#i=new O(this,M,Rs),this.#n=new _t(this,{setItemAttributes:(t,i)=>t.setAttribute("data-track",i.value),onValueChange:t=>{let i=this.#i.value;i&&this.#e.selectValue(i,t)}})}static{this.tagName="media-audio-track-radio-group"}static{this.properties={...Xe.properties,disabled:{type:Boolean},label:{type:String}}}#e;#t;#i;#n;connectedCallback(){super.connectedCallback(),this.destroyed}update(e){let t=this.#i.value,i=null;t?(this.#e.setProps({formatTrack:this.formatTrack,disabled:this.disabled,label:this.label}),this.#e.setMedia(t),i=this.#e.getState(),this.applyDefaultAriaLabel(H(this.#e.getLabel(i),this.#t.value)),this.#n.sync(i,this.#t.value,this.#t.locale),this.publishMenuOptionState(i.disabled,i.hidden,i.availability)):this.publishMenuOptionState(!0,!0,"unsupported"),super.update(e),i&&F(this,i,Pl)}};k($g);var Yg=class extends Xe{constructor(...e){super(...e),this.disabled=!1,this.formatRate=ha.defaultProps.formatRate,this.#e=new ha,this.#t=new ae(this,ie),this.#i=new O(this,M,Dt),this.#n=new _t(this,{setItemAttributes:(t,i)=>t.setAttribute("data-rate",i.value),onValueChange:t=>{let i=this.#i.value;i&&this.#e.selectValue(i,t)}})}static{this.tagName="media-playback-rate-radio-group"}static{this.properties={...Xe.properties,disabled:{type:Boolean}}}#e;#t;#i;#n;connectedCallback(){super.connectedCallback(),this.destroyed}update(e){let t=this.#i.value,i=null;t?(this.#e.setProps({formatRate:this.formatRate,disabled:this.disabled}),this.#e.setMedia(t),i=this.#e.getState(),this.applyDefaultAriaLabel(H(this.#e.getLabel(i),this.#t.value,this.#e.getLabelParams(i))),this.#n.sync(i,this.#t.value,this.#t.locale),this.publishMenuOptionState(i.disabled,i.hidden,i.availability)):this.publishMenuOptionState(!0,!0,"unsupported"),super.update(e),i&&F(this,i,bd)}};k(Yg);var Xg=class extends Xe{constructor(...e){super(...e),this.disabled=!1,this.label="",this.formatTrack=da.defaultProps.formatTrack,this.#e=new da,this.#t=new ae(this,ie),this.#i=new O(this,M,Ie),this.#n=new _t(this,{setItemAttributes:(t,i)=>t.setAttribute("data-track",i.value),onValueChange:t=>{let i=this.#i.value;i&&this.#e.selectValue(i,t)}})}static{this.tagName="media-captions-radio-group"}static{this.properties={...Xe.properties,disabled:{type:Boolean},label:{type:String}}}#e;#t;#i;#n;connectedCallback(){super.connectedCallback(),this.destroyed}update(e){let t=this.#i.value,i=null;t?(this.#e.setProps({formatTrack:this.formatTrack,disabled:this.disabled,label:this.label}),this.#e.setMedia(t),i=this.#e.getState(),this.applyDefaultAriaLabel(H(this.#e.getLabel(i),this.#t.value)),this.#n.sync(i,this.#t.value,this.#t.locale),this.publishMenuOptionState(i.disabled,i.hidden,i.availability)):this.publishMenuOptionState(!0,!0,"unsupported"),super.update(e),i&&F(this,i,Ll)}};k(Xg);var Zg=class extends Ve{constructor(...e){super(...e),this.core=new zl,this.stateAttrMap=Vl,this.mediaState=new O(this,M,En)}static{this.tagName="media-cast-button"}activate(e){return this.core.toggle(e)}};k(Zg);var Qg=class extends Ve{constructor(...e){super(...e),this.core=new vl,this.stateAttrMap=yl,this.mediaState=new O(this,M,En)}static{this.tagName="media-airplay-button"}activate(e){this.core.toggle(e)}};k(Qg);var Jg=class extends Ve{constructor(...e){super(...e),this.core=new cd,this.stateAttrMap=ud,this.mediaState=new O(this,M,Qt),this.hotkeyAction="togglePictureInPicture"}static{this.tagName="media-pip-button"}activate(e){return this.core.toggle(e)}};k(Jg);var eb=class extends Ve{constructor(...e){super(...e),this.core=new Gl,this.stateAttrMap=$l,this.mediaState=new O(this,M,Zt),this.hotkeyAction="toggleFullscreen",this.#e=new C(this,{context:de,subscribe:!0})}static{this.tagName="media-fullscreen-button"}#e;activate(e,t,i){return i==="pointer"&&this.#e.value?.container?.focus({preventScroll:!0}),this.core.toggle(e)}};k(eb);var tb=class extends A{constructor(...e){super(...e),this.keys="",this.action="",this.value=void 0,this.disabled=!1,this.target="player",this.#e=new O(this,M),this.#t=new C(this,{context:de,callback:()=>this.requestUpdate(),subscribe:!0}),this.#i=null}static{this.tagName="media-hotkey"}static{this.properties={keys:{type:String},action:{type:String},value:{type:Number},disabled:{type:Boolean},target:{type:String}}}#e;#t;#i;connectedCallback(){super.connectedCallback(),this.style.display="none",this.#n()}disconnectedCallback(){super.disconnectedCallback(),this.#r()}update(e){super.update(e),this.isConnected&&(this.#r(),this.#n())}#n(){let e=this.#e.value,t=this.#t.value?.container;if(!this.keys||!this.action||!e||!t)return;let i=js(this.action);if(!i)return;let{value:n,action:r}=this;this.#i=Us(t,{keys:this.keys,action:r,value:n,target:this.target,disabled:this.disabled,repeatable:!Fs(r),onActivate:(a,o)=>{i({store:e,key:o,value:n})}})}#r(){this.#i?.(),this.#i=null}};k(tb);var ib=class extends A{constructor(...e){super(...e),this.type="",this.action="",this.value=void 0,this.pointer=void 0,this.region=void 0,this.disabled=!1,this.#e=new O(this,M),this.#t=new C(this,{context:de,callback:()=>this.requestUpdate(),subscribe:!0}),this.#i=null}static{this.tagName="media-gesture"}static{this.properties={type:{type:String},action:{type:String},value:{type:Number},pointer:{type:String},region:{type:String},disabled:{type:Boolean}}}#e;#t;#i;connectedCallback(){super.connectedCallback(),this.style.display="none",this.#n()}disconnectedCallback(){super.disconnectedCallback(),this.#r()}update(e){super.update(e),this.isConnected&&(this.#r(),this.#n())}#n(){let e=this.#e.value,t=this.#t.value?.container;if(!this.type||!this.action||!e||!t)return;let i=Ns(this.action);if(!i)return;let{value:n,region:r}=this,a=nn(this.action,r,n),o=l=>{i({store:e,value:a,event:l})},s={pointer:this.pointer,region:r,disabled:this.disabled,action:this.action,value:a};this.type==="doubletap"?this.#i=Vs(t,o,s):this.type==="tap"&&(this.#i=zs(t,o,s))}#r(){this.#i?.(),this.#i=null}};k(ib);var nb=class extends A{static{this.tagName="media-status-announcer"}static{this.properties={closeDelay:{type:Number,attribute:"close-delay"}}}#e=new ae(this,ie);#t=new Nd;#i=null;#n=new C(this,{context:M,callback:e=>this.#l(e),subscribe:!0});#r=new C(this,{context:de,subscribe:!0});#a=null;#o=null;connectedCallback(){super.connectedCallback(),!this.destroyed&&(this.setAttribute("role","status"),this.#s(),this.#a=new AbortController,this.#t.state.subscribe(()=>this.requestUpdate(),{signal:this.#a.signal}),this.#l())}disconnectedCallback(){super.disconnectedCallback(),this.#i?.(),this.#i=null,this.#a?.abort(),this.#a=null}destroyCallback(){this.#i?.(),this.#t.destroy(),super.destroyCallback()}willUpdate(e){super.willUpdate(e),this.#t.setProps({closeDelay:this.closeDelay,labels:Dd(this.#e.value,this.#e.locale),shouldAnnounce:()=>ll(this.#r.value?.container)})}update(e){super.update(e);let t=this.#t.state.current.label,i=this.#s();t===null?i.replaceChildren():i.replaceChildren(document.createTextNode(t))}#l(e=this.#n.value){if(this.#i?.(),this.#i=null,!e){this.#t.resetSnapshot();return}this.#i=sl(e,this.#t)}#s(){if(this.#o?.isConnected)return this.#o;let e=this.querySelector("[data-status-announcer-content]");return this.#o=e??document.createElement("span"),this.#o.setAttribute("data-status-announcer-content",""),e||this.append(this.#o),this.#o}};k(nb);var Vi=class extends A{constructor(...e){super(...e),this.player=new O(this,M),this.container=new C(this,{context:de,callback:()=>this.#d(),subscribe:!0}),this.#e=null,this.#t=null,this.#i=null,this.#n=null,this.#r=0,this.#a=null}get options(){return{}}#e;#t;#i;#n;#r;#a;#o(){return this.#n??={close:()=>this.core.close()}}#l(){return this.#a??this.core.state.current}connectedCallback(){super.connectedCallback(),!this.destroyed&&(this.#a=this.core.state.current,this.#e=new AbortController,this.core.state.subscribe(()=>this.requestUpdate(),{signal:this.#e.signal}),this.transition.state.subscribe(()=>this.requestUpdate(),{signal:this.#e.signal}),this.hidden=!0,this.#d())}disconnectedCallback(){super.disconnectedCallback(),this.#t?.(),this.#i?.(),this.#t=null,this.#i=null,this.#e?.abort(),this.#e=null}destroyCallback(){this.#t?.(),this.#i?.(),this.core.destroy(),this.transition.destroy(),this.liveIndicator.remove(),super.destroyCallback()}willUpdate(e){super.willUpdate(e),this.syncCoreProps()}update(e){super.update(e),this.#s();let t=this.core.state.current,i=this.transition.state.current;if(!Gs(t,i)){this.liveIndicator.remove();return}let n=$s(t,this.#l(),i);this.liveIndicator.render(n)}#s(){let e=this.core.state.current;if(e.open){if(this.#a=e,this.#r!==e.generation){this.#r=e.generation;let n=this.transition.state.current;!n.active||this.options.replayOnUpdate!==!1?this.transition.open(this.liveIndicator.element):n.status==="ending"&&this.transition.cancel()}return}let{active:t,status:i}=this.transition.state.current;t&&i!=="ending"&&this.transition.close(this.liveIndicator.element)}#d(){if(!this.container)return;this.#t?.(),this.#i?.(),this.#t=null,this.#i=null;let e=this.container.value?.container;if(!e)return;let t=Xs(e),i=this.#o();this.#i=t.register(i),this.#t=Ys(e,n=>{this.core.processEvent(n,Mi(this.player.value))&&t.show(i)})}};var Fi=class{#e;#t;#i;constructor(e){this.#e=e.host,this.#t=e.dataAttrs,this.#i=e.render}get element(){return this.#e}render(e){return this.#e.hidden=!1,F(this.#e,e,this.#t),this.#i(this.#e,e),this.#e}remove(){this.#e.hidden=!0;for(let e in this.#t){let t=this.#t[e];t&&this.#e.removeAttribute(t)}}};var rb=class extends Vi{static{this.tagName="media-volume-indicator"}static{this.properties={closeDelay:{type:Number,attribute:"close-delay"}}}#e=new ae(this,ie);#t=new Yd;#i=we();#n=new Fi({host:this,dataAttrs:Xd,render:nw});#r={replayOnUpdate:!1};get core(){return this.#t}get transition(){return this.#i}get liveIndicator(){return this.#n}get options(){return this.#r}syncCoreProps(){this.#t.setProps({closeDelay:this.closeDelay,labels:ri(this.#e.value)})}};function nw(e,t){let i=e.querySelector("media-volume-indicator-fill"),n=e.querySelector("media-volume-indicator-value");t.fill?i?.style.setProperty(Pa.fill,t.fill):i?.style.removeProperty(Pa.fill),n&&(n.textContent=Ld(t))}k(rb);var ab=class extends A{static{this.tagName="media-volume-indicator-fill"}};k(ab);var ob=class extends A{static{this.tagName="media-volume-indicator-value"}};k(ob);var sb=class extends Vi{static{this.tagName="media-status-indicator"}static{this.properties={actions:{type:String},closeDelay:{type:Number,attribute:"close-delay"}}}#e=new ae(this,ie);#t=new Fd;#i=we();#n=new Fi({host:this,dataAttrs:jd,render:aw});#r={replayOnUpdate:!1};get core(){return this.#t}get transition(){return this.#i}get liveIndicator(){return this.#n}get options(){return this.#r}syncCoreProps(){this.#t.setProps({actions:rw(this.actions),closeDelay:this.closeDelay,labels:ri(this.#e.value)})}};function rw(e){return e?.split(/[\s,]+/).filter(Boolean)}function aw(e,t){let i=e.querySelector("media-status-indicator-value");i&&(i.textContent=Vd(t))}k(sb);var lb=class extends A{static{this.tagName="media-status-indicator-value"}};k(lb);var db=class extends Vi{static{this.tagName="media-seek-indicator"}static{this.properties={closeDelay:{type:Number,attribute:"close-delay"}}}#e=new Id;#t=we();#i=new Fi({host:this,dataAttrs:Md,render:ow});get core(){return this.#e}get transition(){return this.#t}get liveIndicator(){return this.#i}syncCoreProps(){this.#e.setProps({closeDelay:this.closeDelay})}};function ow(e,t){let i=e.querySelector("media-seek-indicator-value");i&&(i.textContent=Pd(t))}k(db);var cb=class extends A{static{this.tagName="media-seek-indicator-value"}};k(cb);Bf("default",{"airplay-enter":yf,"airplay-exit":kf,"captions-off":xf,"captions-on":Tf,"cast-enter":wf,"cast-exit":Sf,check:Ef,chevron:Cf,"fullscreen-enter":Pf,"fullscreen-exit":Af,gear:If,pause:Mf,"pip-enter":Rf,"pip-exit":Df,play:Of,restart:Lf,speech:Nf,speed:zf,spinner:Vf,switches:Ff,"volume-high":jf,"volume-low":_f,"volume-off":Uf});k(ff);function sw(e){return t=>{class i extends t{#e=null;#t=null;getMediaTarget(){return this}connectedCallback(){super.connectedCallback?.(),this.dispatchEvent(new Ze(e,this,(r,a)=>{a&&(this.#t=a),this.#e?.(),this.#e=null;let o=this.getMediaTarget();this.isConnected&&r&&o&&(this.#e=r.registerMedia(o))},!1))}disconnectedCallback(){this.#e?.(),this.#e=null,this.#t?.(),this.#t=null,super.disconnectedCallback?.()}}return i}}var ub=sw(ar);var pb=new WeakMap;function Kn(e){let t=pb.get(e);return t||pb.set(e,t=new Map),t}function X(e,t){return Ut(e,t)?.[t]}function be(e,t,i){let n=Ut(e,t);n&&(n[t]=i)}function Ut(e,t){for(let i of Kn(e).values()){let n=i.targetOverride;if(n?.[t]!==void 0)return n}return e.target}var mb=class extends EventTarget{#e=null;#t=new Set;#i=Ue.UNKNOWN;get target(){return this.#e}attach(e){if(!(!e||this.#e===e)){this.#e=e;for(let t of this.#t)e.addEventListener(t,this.#n);for(let t of Kn(this).values())t.attach?.(e)}}detach(){if(this.#e){for(let e of Kn(this).values())e.detach?.();for(let e of this.#t)this.#e.removeEventListener(e,this.#n);this.#e=null}}destroy(){this.detach(),this.#t.clear(),Kn(this).clear()}querySelectorAll(e){return this.target?.querySelectorAll(e)??[]}querySelector(e){return this.target?.querySelector(e)??null}addEventListener(e,t,i){this.#t.has(e)||(this.#t.add(e),this.target?.addEventListener(e,this.#n)),super.addEventListener(e,t,i)}removeEventListener(e,t,i){super.removeEventListener(e,t,i)}#n=e=>{this.dispatchEvent(new e.constructor(e.type,e))};get streamType(){return X(this,"streamType")??this.#i}set streamType(e){this.streamType!==e&&(this.#i=e,be(this,"streamType",e),this.dispatchEvent(new Event("streamtypechange")))}get liveEdgeStart(){return X(this,"liveEdgeStart")??NaN}get targetLiveWindow(){return X(this,"targetLiveWindow")??NaN}get contentData(){return X(this,"contentData")}get title(){return X(this,"title")??""}set title(e){be(this,"title",e)}get controls(){return X(this,"controls")??!1}set controls(e){be(this,"controls",e)}get paused(){return X(this,"paused")??!0}get ended(){return X(this,"ended")??!1}get loop(){return X(this,"loop")??!1}set loop(e){be(this,"loop",e)}play(){return Ut(this,"play")?.play?.()??Promise.reject(new DOMException("No media is attached.","NotSupportedError"))}pause(){Ut(this,"pause")?.pause?.()}get autoplay(){return X(this,"autoplay")??!1}set autoplay(e){be(this,"autoplay",e)}get currentTime(){return X(this,"currentTime")??0}set currentTime(e){be(this,"currentTime",e)}get duration(){return X(this,"duration")??NaN}get seeking(){return X(this,"seeking")??!1}get src(){return X(this,"src")??""}set src(e){be(this,"src",e)}get currentSrc(){return X(this,"currentSrc")??""}get readyState(){return X(this,"readyState")??0}get preload(){return X(this,"preload")??"metadata"}set preload(e){be(this,"preload",e)}get crossOrigin(){return X(this,"crossOrigin")??null}set crossOrigin(e){be(this,"crossOrigin",e)}load(){return Ut(this,"load")?.load?.()}canPlayType(e){return Ut(this,"canPlayType")?.canPlayType?.(e)??""}get volume(){return X(this,"volume")??1}set volume(e){be(this,"volume",e)}get muted(){return X(this,"muted")??!1}set muted(e){be(this,"muted",e)}get defaultMuted(){return X(this,"defaultMuted")??!1}set defaultMuted(e){be(this,"defaultMuted",e)}get playbackRate(){return X(this,"playbackRate")??1}set playbackRate(e){be(this,"playbackRate",e)}get defaultPlaybackRate(){return X(this,"defaultPlaybackRate")??1}set defaultPlaybackRate(e){be(this,"defaultPlaybackRate",e)}get buffered(){return X(this,"buffered")??Kt}get seekable(){return X(this,"seekable")??Kt}get played(){return X(this,"played")??Kt}get error(){return X(this,"error")??null}get textTracks(){return X(this,"textTracks")??Pr}addTextTrack(e,t,i){return Ut(this,"addTextTrack")?.addTextTrack?.(e,t,i)}get remote(){return X(this,"remote")??Ar}get disableRemotePlayback(){return X(this,"disableRemotePlayback")??!1}set disableRemotePlayback(e){be(this,"disableRemotePlayback",e)}};var di={borderRadius:"--media-video-border-radius",objectFit:"--media-object-fit",objectPosition:"--media-object-position",captionTrackDuration:"--media-caption-track-duration",captionTrackDelay:"--media-caption-track-delay",captionTrackY:"--media-caption-track-y"};function lw(e){return`
    <style>
      :host {
        display: contents;
      }

      video {
        display: block;
        width: 100%;
        height: 100%;
        border-radius: var(${di.borderRadius});
        object-fit: var(${di.objectFit}, contain);
        object-position: var(${di.objectPosition}, center);
      }

      video::-webkit-media-text-track-container {
        transition: translate var(${di.captionTrackDuration}, 0) ease-out;
        transition-delay: var(${di.captionTrackDelay}, 0);
        translate: 0 var(${di.captionTrackY}, 0);
        scale: 0.98;
        z-index: 1;
        font-family: inherit;
      }
    </style>
    <slot name="media">
      <video${dr(e)}></video>
    </slot>
    <slot></slot>
  `}function dw(e){return t=>`
      <style>
        :host {
          display: inline-flex;
          line-height: 0;
          flex-direction: column;
          justify-content: end;
        }

        ${e} {
          width: 100%;
        }
      </style>
      <slot name="media">
        <${e}${dr(t)}></${e}>
      </slot>
      <slot></slot>
    `}var cw=["attach","detach","destroy"];function hb(e,t){let i=t[e];return i?i.attribute??e.toLowerCase():st(e)}function uw(e,t,i){let{attribute:n}=t[e]??{};return!!n&&n in i}function pw(e,t,i){return typeof t=="boolean"?e!==null:typeof t=="number"?Number(e):e??(i&&"empty"in i?i.empty:"")}function nc(e,t){let i=e!=="iframe",n=new Map,r=!1;class a extends(globalThis.HTMLElement??class{}){static getTemplateHTML=e.endsWith("video")?lw:dw(e);static shadowRootOptions={mode:"open"};static properties={autoPictureInPicture:{type:Boolean},autoplay:{type:Boolean},controls:{type:Boolean},controlsList:{type:String},crossOrigin:{type:String,empty:null},defaultMuted:{type:Boolean,attribute:"muted"},disablePictureInPicture:{type:Boolean},disableRemotePlayback:{type:Boolean},loading:{type:String},loop:{type:Boolean},playsInline:{type:Boolean},poster:{type:String,empty:""},preload:{type:String,empty:null},src:{type:String,empty:""},streamType:{type:String,attribute:"stream-type",empty:"unknown"}};static get observedAttributes(){return a.#e(this),[...fb(this.properties)]}static#e(s){if(r)return;r=!0;let l=s.properties;for(let d=t.prototype;d&&d!==Object.prototype;d=Object.getPrototypeOf(d))for(let c of Object.getOwnPropertyNames(d)){if(c in a.prototype||cw.includes(c)||uw(c,l,t.prototype))continue;let u=Object.getOwnPropertyDescriptor(d,c);if(!u)continue;let p={enumerable:!0,configurable:!0};if(typeof u.value=="function")p.value=function(...m){return this.#t[c](...m)};else if(u.get&&(p.get=function(){return this.#t[c]},u.set)){let m=hb(c,l);s.observedAttributes.includes(m)?(n.set(m,c),p.set=function(h){h===!0||h===!1||h==null?this.toggleAttribute(m,!!h):this.setAttribute(m,String(h))}):p.set=function(h){this.#t[c]=h}}Object.defineProperty(a.prototype,c,p)}for(let[d,{type:c,attribute:u}]of Object.entries(l)){if(d in a.prototype)continue;let p=u??d.toLowerCase();Object.defineProperty(a.prototype,d,{get:function(){return c===Boolean?this.hasAttribute(p):this.getAttribute(p)},set:function(m){c===Boolean?this.toggleAttribute(p,!!m):this.setAttribute(p,m)},enumerable:!0,configurable:!0})}}#t;#i=new Set;#n=new Map;#r;constructor(){if(super(),!this.shadowRoot){let s=this.constructor;this.attachShadow(s.shadowRootOptions);let l=fb(s.properties),d=[...n.keys()],c=en(Oo(this.attributes),l),u=i?xo(c,d):c;e&&!u.part&&(u.part=e),this.shadowRoot.innerHTML=s.getTemplateHTML(u)}this.#t=new t,this.#a(),this.#r=new MutationObserver(this.#s.bind(this)),this.shadowRoot.addEventListener("slotchange",()=>{this.#a(),this.#l()}),this.#l()}#a(){let s=this.target;s!==this.#t.target&&(this.#t.target&&this.#t.detach(),this.#t.attach(s))}get adapter(){return this.#t}get target(){return this.querySelector(":scope > [slot=media]")??this.querySelector(e)??this.shadowRoot?.querySelector(e)??null}connectedCallback(){e==="iframe"&&(this.hasAttribute("data-cross-origin-frame")||this.setAttribute("data-cross-origin-frame",""))}disconnectedCallback(){this.hasAttribute("keep-alive")||queueMicrotask(()=>{this.isConnected||this.#t.destroy()})}addEventListener(s,l,d){super.addEventListener(s,l,d),this.#i.has(s)||(this.#i.add(s),this.#t.addEventListener(s,this.#o))}removeEventListener(s,l,d){super.removeEventListener(s,l,d)}#o=s=>{s.composed||this.dispatchEvent(new s.constructor(s.type,s))};attributeChangedCallback(s,l,d){let c=n.get(s);if(c){if(l!==d){let u=this.constructor.properties[c];this.#t[c]=pw(d,this.#t[c],u)}return}!a.observedAttributes.includes(s)&&this.constructor.observedAttributes.includes(s)||i&&(d===null?this.target?.removeAttribute(s):this.target?.getAttribute(s)!==d&&this.target?.setAttribute(s,d))}#l(){if(e==="iframe")return;let s=this.shadowRoot?.querySelector("slot:not([name])"),l=new Set(s?.assignedElements({flatten:!0}).filter(d=>d.localName==="track"||d.localName==="source"));for(let[d,c]of this.#n)l.has(d)||(c.remove(),this.#n.delete(d));for(let d of l){let c=this.#n.get(d);c||(c=d.cloneNode(),this.#n.set(d,c),this.#r?.observe(d,{attributes:!0})),this.target?.append(c),this.#d(c)}}#s(s){for(let l of s)if(l.type==="attributes"){let{target:d,attributeName:c}=l,u=this.#n.get(d);u&&c&&(u.setAttribute(c,d.getAttribute(c)??""),this.#d(u))}}#d(s){s&&s.localName==="track"&&s.default&&(s.kind==="chapters"||s.kind==="metadata")&&s.track.mode==="disabled"&&(s.track.mode="hidden")}}return a}function fb(e){return Object.keys(e).map(t=>hb(t,e))}var rc=class extends mb{get poster(){return X(this,"poster")??""}set poster(e){be(this,"poster",e)}get playsInline(){return X(this,"playsInline")??!1}set playsInline(e){be(this,"playsInline",e)}get videoWidth(){return X(this,"videoWidth")??0}get videoHeight(){return X(this,"videoHeight")??0}get disablePictureInPicture(){return X(this,"disablePictureInPicture")??!1}set disablePictureInPicture(e){be(this,"disablePictureInPicture",e)}get webkitCurrentPlaybackTargetIsWireless(){return this.target?.webkitCurrentPlaybackTargetIsWireless}get webkitPresentationMode(){return this.target?.webkitPresentationMode}get webkitSetPresentationMode(){let e=this.target,t=e?.webkitSetPresentationMode;return V(t)?t.bind(e):void 0}get isPictureInPicture(){let e=this.target;return!!e&&globalThis.document?.pictureInPictureElement===e||this.webkitPresentationMode==="picture-in-picture"}get isFullscreen(){let e=this.target;if(!e)return!1;if(this.webkitPresentationMode==="fullscreen")return!0;let t=globalThis.document;return t?.fullscreenElement===e||t?.webkitFullscreenElement===e}async requestPictureInPicture(){return this.target?this.target.requestPictureInPicture():Promise.reject()}async exitPictureInPicture(){return this.target?globalThis.document?.exitPictureInPicture():Promise.reject()}requestFullscreen(){return this.target?this.target.requestFullscreen():Promise.reject()}exitFullscreen(){return this.target?globalThis.document?.exitFullscreen():Promise.reject()}};var mw=Object.defineProperty,fw=(e,t,i)=>t in e?mw(e,t,{enumerable:!0,configurable:!0,writable:!0,value:i}):e[t]=i,ac=(e,t,i)=>(fw(e,typeof t!="symbol"?t+"":t,i),i),hw=(e,t,i)=>{if(!t.has(e))throw TypeError("Cannot "+i)},oc=(e,t)=>{if(Object(t)!==t)throw TypeError('Cannot use the "in" operator on this value');return e.has(t)},Oa=(e,t,i)=>{if(t.has(e))throw TypeError("Cannot add the same private member more than once");t instanceof WeakSet?t.add(e):t.set(e,i)},gb=(e,t,i)=>(hw(e,t,"access private method"),i);function bb(e,t){return Object.is(e,t)}var ve=null,Gn=!1,La=1,Na=Symbol("SIGNAL");function ji(e){let t=ve;return ve=e,t}function gw(){return ve}function bw(){return Gn}var uc={version:0,lastCleanEpoch:0,dirty:!1,producerNode:void 0,producerLastReadVersion:void 0,producerIndexOfThis:void 0,nextProducerIndex:0,liveConsumerNode:void 0,liveConsumerIndexOfThis:void 0,consumerAllowSignalWrites:!1,consumerIsAlwaysLive:!1,producerMustRecompute:()=>!1,producerRecomputeValue:()=>{},consumerMarkedDirty:()=>{},consumerOnSignalRead:()=>{}};function za(e){if(Gn)throw new Error(typeof ngDevMode<"u"&&ngDevMode?"Assertion error: signal read during notification phase":"");if(ve===null)return;ve.consumerOnSignalRead(e);let t=ve.nextProducerIndex++;if(_i(ve),t<ve.producerNode.length&&ve.producerNode[t]!==e&&dc(ve)){let i=ve.producerNode[t];Va(i,ve.producerIndexOfThis[t])}ve.producerNode[t]!==e&&(ve.producerNode[t]=e,ve.producerIndexOfThis[t]=dc(ve)?kb(e,ve,t):0),ve.producerLastReadVersion[t]=e.version}function vw(){La++}function vb(e){if(!(!e.dirty&&e.lastCleanEpoch===La)){if(!e.producerMustRecompute(e)&&!ww(e)){e.dirty=!1,e.lastCleanEpoch=La;return}e.producerRecomputeValue(e),e.dirty=!1,e.lastCleanEpoch=La}}function yb(e){if(e.liveConsumerNode===void 0)return;let t=Gn;Gn=!0;try{for(let i of e.liveConsumerNode)i.dirty||kw(i)}finally{Gn=t}}function yw(){return ve?.consumerAllowSignalWrites!==!1}function kw(e){var t;e.dirty=!0,yb(e),(t=e.consumerMarkedDirty)==null||t.call(e.wrapper??e)}function xw(e){return e&&(e.nextProducerIndex=0),ji(e)}function Tw(e,t){if(ji(t),!(!e||e.producerNode===void 0||e.producerIndexOfThis===void 0||e.producerLastReadVersion===void 0)){if(dc(e))for(let i=e.nextProducerIndex;i<e.producerNode.length;i++)Va(e.producerNode[i],e.producerIndexOfThis[i]);for(;e.producerNode.length>e.nextProducerIndex;)e.producerNode.pop(),e.producerLastReadVersion.pop(),e.producerIndexOfThis.pop()}}function ww(e){_i(e);for(let t=0;t<e.producerNode.length;t++){let i=e.producerNode[t],n=e.producerLastReadVersion[t];if(n!==i.version||(vb(i),n!==i.version))return!0}return!1}function kb(e,t,i){var n;if(pc(e),_i(e),e.liveConsumerNode.length===0){(n=e.watched)==null||n.call(e.wrapper);for(let r=0;r<e.producerNode.length;r++)e.producerIndexOfThis[r]=kb(e.producerNode[r],e,r)}return e.liveConsumerIndexOfThis.push(i),e.liveConsumerNode.push(t)-1}function Va(e,t){var i;if(pc(e),_i(e),typeof ngDevMode<"u"&&ngDevMode&&t>=e.liveConsumerNode.length)throw new Error(`Assertion error: active consumer index ${t} is out of bounds of ${e.liveConsumerNode.length} consumers)`);if(e.liveConsumerNode.length===1){(i=e.unwatched)==null||i.call(e.wrapper);for(let r=0;r<e.producerNode.length;r++)Va(e.producerNode[r],e.producerIndexOfThis[r])}let n=e.liveConsumerNode.length-1;if(e.liveConsumerNode[t]=e.liveConsumerNode[n],e.liveConsumerIndexOfThis[t]=e.liveConsumerIndexOfThis[n],e.liveConsumerNode.length--,e.liveConsumerIndexOfThis.length--,t<e.liveConsumerNode.length){let r=e.liveConsumerIndexOfThis[t],a=e.liveConsumerNode[t];_i(a),a.producerIndexOfThis[r]=t}}function dc(e){var t;return e.consumerIsAlwaysLive||(((t=e?.liveConsumerNode)==null?void 0:t.length)??0)>0}function _i(e){e.producerNode??(e.producerNode=[]),e.producerIndexOfThis??(e.producerIndexOfThis=[]),e.producerLastReadVersion??(e.producerLastReadVersion=[])}function pc(e){e.liveConsumerNode??(e.liveConsumerNode=[]),e.liveConsumerIndexOfThis??(e.liveConsumerIndexOfThis=[])}function xb(e){if(vb(e),za(e),e.value===cc)throw e.error;return e.value}function Sw(e){let t=Object.create(Ew);t.computation=e;let i=()=>xb(t);return i[Na]=t,i}var sc=Symbol("UNSET"),lc=Symbol("COMPUTING"),cc=Symbol("ERRORED"),Ew={...uc,value:sc,dirty:!0,error:null,equal:bb,producerMustRecompute(e){return e.value===sc||e.value===lc},producerRecomputeValue(e){if(e.value===lc)throw new Error("Detected cycle in computations.");let t=e.value;e.value=lc;let i=xw(e),n,r=!1;try{n=e.computation.call(e.wrapper),r=t!==sc&&t!==cc&&e.equal.call(e.wrapper,t,n)}catch(a){n=cc,e.error=a}finally{Tw(e,i)}if(r){e.value=t;return}e.value=n,e.version++}};function Cw(){throw new Error}var Pw=Cw;function Aw(){Pw()}function Iw(e){let t=Object.create(Dw);t.value=e;let i=()=>(za(t),t.value);return i[Na]=t,i}function Mw(){return za(this),this.value}function Rw(e,t){yw()||Aw(),e.equal.call(e.wrapper,e.value,t)||(e.value=t,Ow(e))}var Dw={...uc,equal:bb,value:void 0};function Ow(e){e.version++,vw(),yb(e)}var Ee=Symbol("node"),ft;(e=>{var t,i,n,r,a,o;class s{constructor(c,u={}){Oa(this,i),ac(this,t);let m=Iw(c)[Na];if(this[Ee]=m,m.wrapper=this,u){let h=u.equals;h&&(m.equal=h),m.watched=u[e.subtle.watched],m.unwatched=u[e.subtle.unwatched]}}get(){if(!(0,e.isState)(this))throw new TypeError("Wrong receiver type for Signal.State.prototype.get");return Mw.call(this[Ee])}set(c){if(!(0,e.isState)(this))throw new TypeError("Wrong receiver type for Signal.State.prototype.set");if(bw())throw new Error("Writes to signals not permitted during Watcher callback");let u=this[Ee];Rw(u,c)}}t=Ee,i=new WeakSet,n=function(){},e.isState=d=>typeof d=="object"&&oc(i,d),e.State=s;class l{constructor(c,u){Oa(this,a),ac(this,r);let m=Sw(c)[Na];if(m.consumerAllowSignalWrites=!0,this[Ee]=m,m.wrapper=this,u){let h=u.equals;h&&(m.equal=h),m.watched=u[e.subtle.watched],m.unwatched=u[e.subtle.unwatched]}}get(){if(!(0,e.isComputed)(this))throw new TypeError("Wrong receiver type for Signal.Computed.prototype.get");return xb(this[Ee])}}r=Ee,a=new WeakSet,o=function(){},e.isComputed=d=>typeof d=="object"&&oc(a,d),e.Computed=l,(d=>{var c,u,p,m,h;function g(S){let T,x=null;try{x=ji(null),T=S()}finally{ji(x)}return T}d.untrack=g;function f(S){var T;if(!(0,e.isComputed)(S)&&!(0,e.isWatcher)(S))throw new TypeError("Called introspectSources without a Computed or Watcher argument");return((T=S[Ee].producerNode)==null?void 0:T.map(x=>x.wrapper))??[]}d.introspectSources=f;function y(S){var T;if(!(0,e.isComputed)(S)&&!(0,e.isState)(S))throw new TypeError("Called introspectSinks without a Signal argument");return((T=S[Ee].liveConsumerNode)==null?void 0:T.map(x=>x.wrapper))??[]}d.introspectSinks=y;function w(S){if(!(0,e.isComputed)(S)&&!(0,e.isState)(S))throw new TypeError("Called hasSinks without a Signal argument");let T=S[Ee].liveConsumerNode;return T?T.length>0:!1}d.hasSinks=w;function I(S){if(!(0,e.isComputed)(S)&&!(0,e.isWatcher)(S))throw new TypeError("Called hasSources without a Computed or Watcher argument");let T=S[Ee].producerNode;return T?T.length>0:!1}d.hasSources=I;class R{constructor(T){Oa(this,u),Oa(this,m),ac(this,c);let x=Object.create(uc);x.wrapper=this,x.consumerMarkedDirty=T,x.consumerIsAlwaysLive=!0,x.consumerAllowSignalWrites=!1,x.producerNode=[],this[Ee]=x}watch(...T){if(!(0,e.isWatcher)(this))throw new TypeError("Called unwatch without Watcher receiver");gb(this,m,h).call(this,T);let x=this[Ee];x.dirty=!1;let v=ji(x);for(let N of T)za(N[Ee]);ji(v)}unwatch(...T){if(!(0,e.isWatcher)(this))throw new TypeError("Called unwatch without Watcher receiver");gb(this,m,h).call(this,T);let x=this[Ee];_i(x);for(let v=x.producerNode.length-1;v>=0;v--)if(T.includes(x.producerNode[v].wrapper)){Va(x.producerNode[v],x.producerIndexOfThis[v]);let N=x.producerNode.length-1;if(x.producerNode[v]=x.producerNode[N],x.producerIndexOfThis[v]=x.producerIndexOfThis[N],x.producerNode.length--,x.producerIndexOfThis.length--,x.nextProducerIndex--,v<x.producerNode.length){let ee=x.producerIndexOfThis[v],q=x.producerNode[v];pc(q),q.liveConsumerIndexOfThis[ee]=v}}}getPending(){if(!(0,e.isWatcher)(this))throw new TypeError("Called getPending without Watcher receiver");return this[Ee].producerNode.filter(x=>x.dirty).map(x=>x.wrapper)}}c=Ee,u=new WeakSet,p=function(){},m=new WeakSet,h=function(S){for(let T of S)if(!(0,e.isComputed)(T)&&!(0,e.isState)(T))throw new TypeError("Called watch/unwatch without a Computed or State argument")},e.isWatcher=S=>oc(u,S),d.Watcher=R;function B(){var S;return(S=gw())==null?void 0:S.wrapper}d.currentComputed=B,d.watched=Symbol("watched"),d.unwatched=Symbol("unwatched")})(e.subtle||(e.subtle={}))})(ft||(ft={}));var mc=new Set,Fa=new ft.subtle.Watcher(()=>{queueMicrotask(Lw)});function Lw(){for(let e of Fa.getPending())mc.add(e);Fa.watch();for(let e of mc)mc.delete(e),e.get(),Tb(e)}function Tb(e){for(let t of ft.subtle.introspectSources(e))t.get()}function Y(e){let t,i=new ft.Computed(()=>{typeof t=="function"&&t(),t=e()});return Fa.watch(i),i.get(),Tb(i),()=>{Fa.unwatch(i),typeof t=="function"&&t()}}var fc="mediaPlaylist";function De(e){return e.metadata?.[fc]}function ja(e){return e?.playlistType==="VOD"?"on-demand":"live"}function ce(e){return"segments"in e}function wb(e){return e.duration!==void 0}function te(e){return e!==void 0&&e.id!==void 0&&e.selectionSets!==void 0}function Ae(e,t){return e.selectionSets?.find(({type:i})=>i===t)?.switchingSets[0]?.tracks??[]}function ci(e,t,i){return Ae(e,t).find(({id:n})=>n===i)}function me(e,t){for(let i of e.selectionSets??[]){let n=i.switchingSets[0]?.tracks.find(({id:r})=>r===t);if(n)return n}}function Sb(e,t){if(!e||!t)return;let i=ci(e,"text",t);if(!(i?.type!=="text"||!ce(i)))return i}function Eb(e,t){if(!e||!t)return;let i=ci(e,"video",t);if(!(i?.type!=="video"||!ce(i)))return i}function Cb(e,t){if(!e||!t)return;let i=ci(e,"audio",t);if(!(i?.type!=="audio"||!ce(i)))return i}function Pb(e){return!!e&&"codecs"in e&&!!e.codecs?.length}function hc(e){return e.trim().split(".",1)[0].toLowerCase()}function $n(e){if(e.codecs?.length)return[...new Set(e.codecs.map(hc))]}function Ab(e,t,i){return{...e,selectionSets:e.selectionSets.map(n=>n.type===t?{...n,switchingSets:n.switchingSets.map(r=>({...r,tracks:r.tracks.map(a=>a.mimeType===i?a:{...a,mimeType:i})}))}:n)}}function Ib(e,t){let i=t.id;return{...e,selectionSets:e.selectionSets.map(n=>({...n,switchingSets:n.switchingSets.map(r=>({...r,tracks:r.tracks.map(a=>a.id===i?t:a)}))}))}}var Nw=6,zw=3;function Mb(e){return`${De(e)?.mediaSequence??0}:${e.segments.length}`}function Rb(e){return De(e)?.targetDuration||Nw}function Db(e,t){if(Number.isFinite(e.duration))return null;let i=Rb(e);return(!t||Mb(e)!==Mb(t)?i:i/2)*1e3}function Vw(e){return De(e)?.holdBack??zw*Rb(e)}function _a(e,t){if(!te(e)||!t)return 0;let i=me(e,t);return i&&ce(i)?Vw(i):0}function gc(e,t){if(!te(e)||!t)return null;let i=me(e,t);if(!i||!ce(i)||i.segments.length===0||Number.isFinite(i.duration))return null;let{segments:n}=i,r=n[n.length-1];return{start:n[0].startTime,end:r.startTime+r.duration}}function Ua(e){return e.selectedVideoTrackId?.get()??e.selectedAudioTrackId?.get()}function Ob(e,t,i){if(!e||t===void 0)return null;let n=gc(e,t);if(n)return n;for(let r of Ae(e,i)){let a=gc(e,r.id);if(a)return a}return null}function bc(e){let t=e.presentation.get(),i=Ob(t,e.selectedVideoTrackId?.get(),"video"),n=Ob(t,e.selectedAudioTrackId?.get(),"audio");if(i&&n){let r=Math.max(i.start,n.start),a=Math.min(i.end,n.end);return r<a?{start:r,end:a}:null}return i??n}function Ui({state:e,config:t}){let i=bc(e);if(!i)return null;let n=t?.resolveLiveLatency?.(e.presentation.get(),Ua(e))??0;return{...i,liveEdgeStart:Math.max(i.start,i.end-n)}}var Oe=ft.subtle.untrack;function Z(e,t=i=>i){return Oe(()=>t(e.get()))}function Bt(e,t){return new ft.State(e,t)}function K(e,t){return new ft.Computed(e,t)}function fe(e,t){let i=Oe(()=>e.get());typeof t=="function"?e.set(t(i)):e.set({...i,...t})}function Lb(e,t){let i=t,n=new Set(e);return Object.fromEntries([...n].map(r=>[r,Bt(i[r])]))}function Nb(e,t){let i=e,n=Lb(i.flatMap(s=>s.stateKeys),t?.initialState??{}),r=Lb(i.flatMap(s=>s.contextKeys),t?.initialContext??{}),a={state:n,context:r,config:t?.config??{}},o=i.map(s=>s.setup(a));return{state:n,context:r,async destroy(){let s=[];for(let l of o)l!=null&&(typeof l=="function"?s.push(l()):"destroy"in l&&s.push(l.destroy()));await Promise.all(s);for(let l of Object.values(n))l.set(void 0);for(let l of Object.values(r))l.set(void 0)}}}function zb(e=[],t=[]){return{stateKeys:e,contextKeys:t,setup:({state:i,context:n,config:r})=>{r.onSignalsReady?.({state:i,context:n})}}}var ui=null;function Fw(){return ui||(ui=document.createElement("video"),ui.muted=!0,ui.preload="none",ui.style.display="none",ui.crossOrigin="anonymous"),ui}function Vb(e){let t=Fw(),i=document.createElement("track");return i.kind="subtitles",new Promise((n,r)=>{let a=()=>{let l=[],d=i.track;if(d.cues)for(let c=0;c<d.cues.length;c++){let u=d.cues[c];u&&l.push(u)}s(),n(l)},o=()=>{s(),r(new Error(`Failed to load VTT segment: ${e}`))},s=()=>{i.removeEventListener("load",a),i.removeEventListener("error",o),t.removeChild(i)};i.addEventListener("load",a),i.addEventListener("error",o),t.appendChild(i),i.track.mode="hidden",i.src=e})}function Bi(e){let t=Bt(e);return{snapshotSignal:t,getState:()=>Oe(()=>t.get().value),transition:r=>fe(t,a=>({...a,value:r}))}}var vc=e=>e===void 0?[]:Array.isArray(e)?e:[e];function J(e){let{snapshotSignal:t,getState:i,transition:n}=Bi({value:e.initial}),r=[],a=c=>{if(c)return typeof c=="function"?c:()=>c.abort()},o=c=>()=>Oe(c),s=c=>c.value==="destroying"||c.value==="destroyed",l=[...vc(e.monitor).map(c=>({fn:()=>{let u=c();u!==i()&&n(u)},shouldSkip:s})),...Object.entries(e.states).flatMap(([c,u])=>{let p=m=>m.value!==c;return[...vc(u.entry).map(m=>({fn:m,shouldSkip:p,toFnCall:o})),...vc(u.effects).map(m=>({fn:m,shouldSkip:p}))]})],d=({fn:c,shouldSkip:u,toFnCall:p=m=>m})=>Y(()=>u(t.get())?void 0:a(p(()=>c())()));return r.push(...l.map(d)),{get snapshot(){return t},destroy(){let c=i();if(!(c==="destroying"||c==="destroyed")){n("destroying"),n("destroyed");for(let u of r)u()}}}}function jb(e,t=1e-4){let i=e.filter(r=>r.end>r.start).sort((r,a)=>r.start-a.start),n=[];for(let r of i){let a=n[n.length-1];a&&r.start<=a.end+t?a.end=Math.max(a.end,r.end):n.push({start:r.start,end:r.end})}return n}function _b(e,t,i,n=1e-4){return i.some(r=>r.start<=e+n&&r.end>=t-n)}var Ht={bufferDuration:30};function Ub(e,t,i=Ht){if(e.length===0)return 1/0;let n=t+i.bufferDuration,r=e.filter(a=>a.startTime>=n);return r.length===0?1/0:Math.min(...r.map(a=>a.startTime))}function Bb(e,t){if(e!=null)return t?.find(({startTime:i,duration:n},r,a)=>e>=i&&(e<i+n||r===a.length-1))?.startTime}function Ba(e,t,i,n=Ht){if(e.length===0)return[];let r=i+n.bufferDuration,a=new Set(t.map(o=>o.startTime));return e.filter((o,s)=>{let l=o.startTime+o.duration,d=s===e.length-1||l>i,c=o.startTime<r&&d,u=!a.has(o.startTime);return c&&u})}var Hi={type:"video",selectedKey:"selectedVideoTrackId",actorKey:"videoBufferActor",loaderKey:"videoSegmentLoaderActor"},qi={type:"audio",selectedKey:"selectedAudioTrackId",actorKey:"audioBufferActor",loaderKey:"audioSegmentLoaderActor"},Ha={type:"text",selectedKey:"selectedTextTrackId",loaderKey:"textTrackSegmentLoaderActor"};function yc({state:e,context:t,config:i}){let{selectedKey:n,loaderKey:r,findResolvedTrack:a}=i,o=i.forwardBuffer?.bufferDuration??Ht.bufferDuration,s=K(()=>a(e.presentation.get(),e[n].get())),l=K(()=>{let c=s.get();if(c)return Bb(e.currentTime.get()??0,c.segments)}),d=K(()=>e.loadingSuspended?.get()?"dormant":!t[r].get()||!s.get()?"preconditions-unmet":e.loadActivated.get()||e.preload.get()==="auto"?"full-range":e.preload.get()==="none"?"dormant":"metadata-only");return J({initial:"preconditions-unmet",monitor:()=>d.get(),states:{"preconditions-unmet":{},dormant:{},"metadata-only":{entry:()=>{let c=s.get();t[r].get().send({type:"load",track:c})}},"full-range":{effects:()=>{let c=s.get();l.get();let u=Z(e.currentTime)??0;Z(t[r]).send({type:"load",track:c,range:{start:u,end:u+o}})}}}})}var jw={...Hi,findResolvedTrack:Eb},_w={...qi,findResolvedTrack:Cb},Uw={...Ha,findResolvedTrack:Sb},Hb={stateKeys:["presentation","preload","currentTime","loadActivated","selectedVideoTrackId"],contextKeys:["videoSegmentLoaderActor"],setup:({state:e,context:t,config:i={}})=>yc({state:e,context:t,config:{...jw,...i}})},qb={stateKeys:["presentation","preload","currentTime","loadActivated","selectedAudioTrackId"],contextKeys:["audioSegmentLoaderActor"],setup:({state:e,context:t,config:i={}})=>yc({state:e,context:t,config:{..._w,...i}})},Wb={stateKeys:["presentation","preload","currentTime","loadActivated","selectedTextTrackId"],contextKeys:["textTrackSegmentLoaderActor"],setup:({state:e,context:t,config:i={}})=>yc({state:e,context:t,config:{...Uw,...i}})};function Kb(e,t){let{snapshotSignal:i,getState:n,transition:r}=Bi({value:"active",context:e}),a=()=>Oe(()=>i.get().context),o=s=>fe(i,{context:s});return{get snapshot(){return i},send(s){if(n()==="destroyed")return;let l=a(),d=t(l,s);d!==l&&o(d)},destroy(){n()!=="destroyed"&&r("destroyed")}}}function Bw(e,t){return t.some(i=>i.startTime===e.startTime&&i.endTime===e.endTime&&i.text===e.text)}function Gb(e){return Kb({loaded:{},segments:{}},(t,i)=>{if(i.type==="clear")return{loaded:{},segments:{}};let{meta:n,cues:r}=i,{trackId:a,id:o,startTime:s,duration:l}=n,d=Array.from(e.textTracks).find(h=>h.id===a);if(!d)return t;let c=t.loaded[a]??[],u=t.segments[a]??[],p=r.filter(h=>!Bw(h,c)),m=u.some(h=>h.id===o);if(p.length===0&&m)return t;for(let h of p)d.addCue(h);return{...t,loaded:{...t.loaded,[a]:[...c,...p]},segments:m?t.segments:{...t.segments,[a]:[...u,{id:o,startTime:s,duration:l}]}}})}var ht=class $b{id;#e;#t;#i=new AbortController;#n;#r="pending";#a=void 0;#o=void 0;#l=void 0;#s=void 0;constructor(t,i){this.#e=t;let n=i?.id;this.id=typeof n=="function"?n():n??Re(),this.#t=i?.signal,this.#n=i?.signal?tn([this.#i.signal,i.signal]):this.#i.signal}get status(){return this.#r}get value(){return this.#a}get error(){return this.#o}get previous(){return this.#l}get signal(){return this.#n}run(){return this.#s??=this.#d(),this.#s}async#d(){this.#r="running";try{let t=await this.#e(this.#n);return this.#a=t,this.#r="done",t}catch(t){throw this.#o=t,this.#r="error",t}}abort(){this.#i.abort()}clone(){let t=new $b(this.#e,{id:this.id,signal:this.#t});return t.#l=this.#a??this.#l,t}};var Wi=class{#e=Promise.resolve();#t=new Set;#i=null;#n=!1;schedule(e){if(this.#n)return Promise.resolve();let t=e;this.#t.add(t);let i=this.#e.then(()=>(this.#t.delete(t),this.#i=t,e.run())).finally(()=>{this.#i=null});return this.#e=i.then(()=>{},()=>{}),i}get settled(){return this.#e}whenSettled(e){if(this.#t.size===0&&this.#i===null)return;let t=this.#e;t.then(()=>{this.#e===t&&e()},()=>{})}abortPending(){for(let e of this.#t)e.abort();this.#t.clear()}abortAll(){this.abortPending(),this.#i?.abort()}destroy(){this.#n=!0,this.abortAll()}},Yb=()=>Promise.resolve(!1),Xb=class{#e;#t=null;#i=!1;constructor(e){this.#e=e}schedule(e){return this.#i?Promise.resolve():this.#t?.id===e.id?this.#t.run():(this.#n(),this.#t=e,Promise.all([e.run(),this.#e(e)]).then(([t,i])=>this.#t===e&&i&&!e.signal.aborted?(this.#t=null,this.schedule(e.clone())):(this.#t===e&&(this.#t=null),t),t=>{if(this.#t===e&&(this.#t=null),!e.signal.aborted)throw t}))}#n(){this.#t?.abort(),this.#t=null}abortAll(){this.#n()}destroy(){this.#i=!0,this.abortAll()}};function Ki(e){let t=e.runner?.(),{snapshotSignal:i,getState:n,transition:r}=Bi({value:e.initial,context:e.context}),a=()=>Oe(()=>i.get().context),o=s=>{fe(i,{context:s})};return{get snapshot(){return i},send(s){let l=n();if(l==="destroyed")return;let d=e.states[l]?.on?.[s.type];if(!d)return;d(s,{context:a(),getContext:a,transition:u=>r(u),setContext:o,...t?{runner:t}:{}});let c=n();if(c!=="destroyed"){let u=e.states[c];if(u?.onSettled&&t){let p=u.onSettled;t.whenSettled(()=>{n()===c&&r(p)})}}},destroy(){n()!=="destroyed"&&(t?.destroy(),r("destroyed"))}}}function qa(e){return e.config}var Hw=async(e,t,i)=>{let n=await qa(i).resolveSegment(e.op.segment.url);t.aborted||(e.cues=n)},kc=(e,t,i)=>{let{op:n}=e;qa(i).textTracksActor.send({type:"add-cues",meta:{trackId:n.trackId,id:n.segment.id,startTime:n.segment.startTime,duration:n.segment.duration},cues:e.cues??[]})},Zb=()=>[Hw,kc];function Qb(e,t,i={},n={state:{},context:{},config:{}}){let r={...Ht,...i.forwardBuffer},a={state:n.state,context:n.context,config:{...n.config,textTracksActor:e,resolveSegment:t}},o=(i.messagePipelines??Zb)(),s=c=>{let{track:u,range:p}=c;if(!p)return[];let m=u.id,h=Z(e.snapshot).context.segments[m]??[];return Ba(u.segments,h,p.start,r).map(g=>({segment:g,trackId:m}))},l=(c,{getContext:u,setContext:p})=>new ht(async m=>{if(m.aborted)return;let h={op:c};p({...u(),inFlightTrackId:c.trackId,inFlightSegmentId:c.segment.id});try{for(let g of o){if(m.aborted)return;await g(h,m,a)}}catch(g){console.error("Failed to load text-track segment:",g)}finally{p({...u(),inFlightTrackId:null,inFlightSegmentId:null})}}),d=(c,u)=>{for(let p of c)u.runner.schedule(l(p,u)).then(void 0,m=>{m instanceof Error&&m.name==="AbortError"||(console.error("Unexpected error in text-track segment loader:",m),u.runner.abortPending())})};return Ki({runner:()=>new Wi,initial:"idle",context:{inFlightTrackId:null,inFlightSegmentId:null},states:{idle:{on:{load:(c,u)=>{let p=s(c);p.length!==0&&(u.transition("loading"),d(p,u))}}},loading:{onSettled:"idle",on:{load:(c,u)=>{let{context:p,runner:m}=u,h=s(c);p.inFlightTrackId!==null&&p.inFlightSegmentId!==null&&h.some(g=>g.trackId===p.inFlightTrackId&&g.segment.id===p.inFlightSegmentId)?(m.abortPending(),d(h.filter(g=>!(g.trackId===p.inFlightTrackId&&g.segment.id===p.inFlightSegmentId)),u)):(m.abortAll(),d(h,u))}}}}})}function qw({state:e,context:t,config:i}){return Y(()=>{let n=t.mediaElement.get();if(!n)return;let r=Gb(n),a=Qb(r,i.resolveTextTrackSegment,{forwardBuffer:i.forwardBuffer,messagePipelines:i.textMessagePipelines},{state:e,context:t,config:i});return t.textTracksActor.set(r),t.textTrackSegmentLoaderActor.set(a),()=>{r.destroy(),a.destroy(),t.textTracksActor.set(void 0),t.textTrackSegmentLoaderActor.set(void 0)}})}var Jb={stateKeys:[],contextKeys:["mediaElement","textTracksActor","textTrackSegmentLoaderActor"],setup:qw};function Ww({state:e,context:t,config:i}){let n=i?.defaultCurrentTime??0;return Y(()=>{let r=t.mediaElement.get();if(!r){e.currentTime.set(n);return}let a=()=>e.currentTime.set(r.currentTime);a();let o=b(r,"emptied",a),s=b(r,"timeupdate",a),l=b(r,"seeking",a);return()=>{o(),s(),l()}})}var ev={stateKeys:["currentTime"],contextKeys:["mediaElement"],setup:Ww};function Kw(e,t,i){return!t||!e?.url?"preconditions-unmet":i?"load-active":"monitoring"}function Gw({state:e,context:t}){let i=K(()=>Kw(e.presentation.get(),t.mediaElement.get(),e.loadActivated.get())),n=K(()=>e.presentation.get()?.url);return J({initial:"preconditions-unmet",monitor:()=>i.get(),states:{"preconditions-unmet":{},monitoring:{effects:()=>{let r=t.mediaElement.get(),a=()=>e.loadActivated.set(!0);if(r.autoplay||!r.paused||r.seeking){a();return}let o=b(r,"play",a),s=b(r,"seeking",a);return()=>{o(),s()}}},"load-active":{effects:()=>(t.mediaElement.get(),n.get(),()=>e.loadActivated.set(!1))}}})}var tv={stateKeys:["loadActivated","presentation"],contextKeys:["mediaElement"],setup:Gw};function $w(e){let{timescale:t,baseMediaDecodeTime:i,segmentStartTime:n}=e??{};return t!=null&&i!=null&&n!=null?i/t-n:void 0}function Yw(e){return e<1?0:e}var xc=(e,t)=>{let i=[];t.selectedVideoTrackId!=null&&i.push("video"),t.selectedAudioTrackId!=null&&i.push("audio");let n=(i.length>0?i:Object.keys(e)).map(o=>$w(e[o]));if(n.length===0||n.some(o=>o===void 0))return{};let r=Yw(Math.min(...n)),a={};for(let o of Object.keys(e))a[o]=r;return a};function iv(e){return e.selectedVideoTrackId??e.selectedAudioTrackId}var nv=(e,t,i)=>{let n=iv(t);if(n===void 0||n===i)return!0;if(!te(e))return!1;let r=me(e,n);return r?ce(r)?r.startDate===void 0?!0:me(e,i)?.startDate!==void 0:!1:!0};function Xw(e,t){let i=!1,n=e.selectionSets.map(r=>({...r,switchingSets:r.switchingSets.map(a=>({...a,tracks:a.tracks.map(o=>o.startDate!==void 0?o:(i=!0,{...o,startDate:t}))}))}));return i?{...e,selectionSets:n}:e}function Zw(e,t){let i=!1,n=e.selectionSets.map(r=>({...r,switchingSets:r.switchingSets.map(a=>({...a,tracks:a.tracks.map(o=>{let s=t[o.type];return s===void 0||o.startMediaTime===s?o:(i=!0,{...o,startMediaTime:s})})}))}));return i?{...e,selectionSets:n}:e}function Qw({state:e,config:t={}}){let i=t.deriveStartMediaTime??xc,n=()=>({selectedVideoTrackId:e.selectedVideoTrackId?.get(),selectedAudioTrackId:e.selectedAudioTrackId?.get()}),r=()=>{let a=e.presentation.get();if(!te(a))return!1;let o=[e.selectedVideoTrackId?.get(),e.selectedAudioTrackId?.get()].filter(s=>s!==void 0);return o.length>0&&o.every(s=>me(a,s)?.startMediaTime!==void 0)};return J({initial:"inactive",monitor:()=>te(e.presentation.get())?r()?"established":"monitoring":"inactive",states:{inactive:{entry:()=>e.mediaContainerData.set(void 0)},monitoring:{effects:[()=>{let a=e.presentation.get();if(!te(a))return;let o=iv(n()),s=o===void 0?void 0:me(a,o);if(!s||!ce(s))return;let l=s.startDate;l!==void 0&&fe(e.presentation,d=>Xw(d,l))},()=>{let a=e.mediaContainerData.get();if(!a)return;let o=i(a,n());fe(e.presentation,s=>Zw(s,o))}]},established:{}}})}var rv={stateKeys:["presentation","mediaContainerData"],contextKeys:[],setup:Qw};function Wa(e,t){console.error("[spf] reported condition",t),e.errors&&fe(e.errors,i=>[...i??[],t])}var av={stateKeys:["presentation","errors"],contextKeys:[],setup:({state:e})=>{let t=K(()=>te(e.presentation.get())?"presentation-resolved":"presentation-unresolved");return J({initial:"presentation-unresolved",monitor:()=>t.get(),states:{"presentation-unresolved":{},"presentation-resolved":{entry:()=>()=>e.errors.set(void 0)}}})}};function Tc(e,t){for(let i in t){let n=t[i];if(n!==void 0&&e[i]!==n)return!1}return!0}function ov(e){return(e.width??0)*(e.height??0)}function sv(e,t=Number.POSITIVE_INFINITY){return e.filter(i=>ov(i)<=t)}function lv(e,t){let i=e.map(ov).filter(n=>n>=t);return i.length?Math.min(...i):void 0}function dv(e,t){let i=t?.includeForcedTracks?e:e.filter(a=>!a.forced);if(i.length===0)return;let{preferredSubtitleLanguage:n,enableDefaultTrack:r=!1}=t??{};if(n){let a=i.find(o=>o.language===n);if(a)return a.id}if(r){let a=i.find(o=>o.default===!0);if(a)return a.id}}function cv(e,t,i){let n=t;for(let r of e){let a=r(n,i);if(a.length!==0&&(n=a,n.length===1))break}return n}function uv(e,t,i){let n=t;for(let r of e)n=r(n,i);return n}function pv(e,t){return e.length===t.length&&e.every(i=>t.some(n=>n.id===i.id))}function wc(e,{config:t}){let i=t?.canPlayTrack;return i?e.filter(n=>i(n)):e}var Jw=["avc1","avc3","mp4a"];function Sc(e,{config:t}){let i=t?.preferredCodecs??Jw;if(!i.length)return e;let n=new Set(i.map(hc));return e.filter(r=>{let a=$n(r);return!!a&&a.every(o=>n.has(o))})}var Ec={safetyMargin:.85,upgradeMargin:1.15};function Yn(e){return(e.width??0)*(e.height??0)}function qt(e){try{return new URL(e).origin}catch{return e}}var mv={video:0,audio:1,text:2};function fv(e,t=qt){let i=new Set,n=[],r=[...e.selectionSets??[]].sort((a,o)=>mv[a.type]-mv[o.type]);for(let a of r)for(let o of a.switchingSets)for(let s of o.tracks){let l=t(s.url);i.has(l)||(i.add(l),n.push(l))}return n}function hv(e,t){return e?.includes(t)?e:[...e??[],t]}function gv(e){return Math.exp(Math.log(.5)/e)}function Cc(e,t,i,n){let r=gv(n)**i;return t*(1-r)+r*e}function Pc(e,t,i){return t===0?0:e/(1-gv(i)**t)}var Ka={fastHalfLife:2,slowHalfLife:5,minTotalBytes:128e3,minBytes:16e3,minDuration:5};function bv(e,t,i,n=Ka){let r=e.bytesSampled+i;if(i<n.minBytes)return{...e,bytesSampled:r};if(t<n.minDuration)return{...e,bytesSampled:r};let a=8e3*i/t,o=t/1e3;return{fastEstimate:Cc(e.fastEstimate,a,o,n.fastHalfLife),fastTotalWeight:e.fastTotalWeight+o,slowEstimate:Cc(e.slowEstimate,a,o,n.slowHalfLife),slowTotalWeight:e.slowTotalWeight+o,bytesSampled:r}}function vv(e,t,i=Ka){if(!e||e.bytesSampled<i.minTotalBytes)return t;let n=Pc(e.fastEstimate,e.fastTotalWeight,i.fastHalfLife),r=Pc(e.slowEstimate,e.slowTotalWeight,i.slowHalfLife);return Math.min(n,r)}function yv(e,{state:t,config:i}){let n=i.userSelectionKey;if(!n)return e;let r=t[n]?.get();return r?e.filter(a=>Tc(a,r)):e}function iS(e,{state:t}){let i=t.playerResolution?.get();if(!i)return e;let n=lv(e,i.width*i.height);return sv(e,n)}function Ac(e,{state:t,config:i}){let n=t.failedCdns?.get();if(!n?.length)return e;let r=i.getCdnId??qt,a=new Set(n);return e.filter(o=>!a.has(r(o.url)))}function Ic(e,{state:t,config:i}){let n=t.cdnPriority?.get();if(!n?.length)return e;let r=i.getCdnId??qt;for(let a of n){let o=e.filter(s=>r(s.url)===a);if(o.length)return o}return e}function kv(e,{state:t,config:i}){let n=t[i.selectionKey].get();if(!n)return e;let r=t.presentation.get();if(!te(r))return e;let a=i.getTracks(r).find(s=>s.id===n),o=a&&$n(a);return o?e.filter(s=>{let l=$n(s);return!!l&&l.length===o.length&&l.every(d=>o.includes(d))}):e}function xv(e,{state:t,config:i}){let n=i.quality?.safetyMargin??Ec.safetyMargin,r=i.quality?.upgradeMargin??Ec.upgradeMargin,a=i.initialBandwidth??5e6,o={...Ka,...i.bandwidth};t.bandwidthState||console.debug("[track-switching] rankByBandwidth: no bandwidthState signal in composition; ranking on initialBandwidth");let s=vv(t.bandwidthState?.get(),a,o)*n,l=t[i.selectionKey].get(),d=m=>m.bandwidth??0,c=m=>m.id===l?d(m)*r:d(m),u=e.filter(m=>d(m)<=s).sort((m,h)=>c(h)-c(m)||Yn(h)-Yn(m)),p=e.filter(m=>d(m)>s).sort((m,h)=>d(m)-d(h)||Yn(h)-Yn(m));return[...u,...p]}function nS(e){return e[0].id}function rS(e,{state:t,config:i}){let n=t.userTextTrackSelection?.get();if(n!=="off"){if(n){let r=e.filter(a=>Tc(a,n));if(r.length)return r[0].id}return dv(e,i)}}function Mc(e){let{state:t,config:i}=e,{selectionKey:n,getTracks:r,rules:a,resolveSelection:o=nS,noSupportedTrackCode:s}=i,l=K(()=>te(t.presentation.get())?"presentation-resolved":"presentation-unresolved"),d=K(()=>{let c=t.presentation.get();return te(c)?uv(i.constraints??[],r(c),e):[]},{equals:pv});return J({initial:"presentation-unresolved",monitor:()=>l.get(),states:{"presentation-unresolved":{},"presentation-resolved":{entry:()=>()=>t[n].set(void 0),effects:[()=>{let c=d.get();if(!c.length){let p=Z(t.presentation);te(p)&&r(p).length>0&&(s!==void 0&&Wa(t,{code:s,data:{selectionKey:n}}),t[n].set(void 0));return}let u=cv(a,c,e);if(!u.length){console.error("[track-switching] applyRules returned no candidates");return}t[n].set(o(u,e))}]}}})}var Tv={stateKeys:["presentation","selectedVideoTrackId"],contextKeys:[],setup:({state:e,config:t,...i})=>Mc({...i,state:e,config:{...t,selectionKey:"selectedVideoTrackId",userSelectionKey:"userVideoTrackSelection",getTracks:n=>Ae(n,"video"),constraints:[Ac,wc,kv],rules:[yv,Sc,Ic,iS,xv],noSupportedTrackCode:2011}})},wv={stateKeys:["presentation","selectedAudioTrackId"],contextKeys:[],setup:({state:e,config:t,...i})=>Mc({...i,state:e,config:{...t,selectionKey:"selectedAudioTrackId",userSelectionKey:"userAudioTrackSelection",getTracks:n=>Ae(n,"audio"),constraints:[Ac,wc,kv],rules:[yv,Sc,Ic,xv],noSupportedTrackCode:2012}})},Sv={stateKeys:["presentation","selectedTextTrackId"],contextKeys:[],setup:({state:e,config:t,...i})=>Mc({...i,state:e,config:{...t,selectionKey:"selectedTextTrackId",getTracks:n=>Ae(n,"text"),constraints:[Ac],rules:[Ic],resolveSelection:rS}})};function Ev(e){return async t=>{let i=Date.now(),n=e(await t.run(),t.previous);return n===null?!1:(await Sd(Math.max(0,n-(Date.now()-i)),t.signal),!0)}}function Pv(){return typeof MediaSource<"u"}function Ga(){return typeof ManagedMediaSource<"u"}function Av(e={}){let{preferManaged:t=!1}=e;if(t&&Ga())return new ManagedMediaSource;if(Pv())return new MediaSource;throw new Error("MediaSource API is not supported")}function Iv(e,t){Ga()&&e instanceof ManagedMediaSource&&(t.disableRemotePlayback=!0);let i=URL.createObjectURL(e);return t.src=i,{url:i,detach:({deferReset:r}={})=>{t.removeAttribute("src"),Rv(e,t,i,r),URL.revokeObjectURL(i)}}}function Mv(e,t){Ga()&&e instanceof ManagedMediaSource&&(t.disableRemotePlayback=!0);let i=URL.createObjectURL(e),n=document.createElement("source");return n.type="video/mp4",n.src=i,t.removeAttribute("src"),t.prepend(n),t.load(),{url:i,detach:({deferReset:a}={})=>{n.remove(),Rv(e,t,i,a),URL.revokeObjectURL(i)}}}function Cv(e,t,i){e.readyState!=="closed"&&t.currentSrc===i&&t.load()}function Rv(e,t,i,n){if(n){queueMicrotask(()=>Cv(e,t,i));return}Cv(e,t,i)}function Dv(e,t){if(e.readyState!=="open")throw new Error("MediaSource is not open");if(!Rc(t))throw new Error(`Codec not supported: ${t}`);return e.addSourceBuffer(t)}function $a(e){let t=e.codecs?.join(",")??"";return`${e.mimeType}; codecs="${t}"`}function Rc(e){return Pv()?MediaSource.isTypeSupported(e):Ga()?ManagedMediaSource.isTypeSupported(e):!1}function Ov(e,t,i){let n=()=>i(e.readyState),r={signal:t};e.addEventListener("sourceopen",n,r),e.addEventListener("sourceended",n,r),e.addEventListener("sourceclose",n,r)}function Xn(e,t){return t.aborted||e.readyState!=="closed"?Promise.resolve():new Promise(i=>{let n=()=>i(),r={once:!0,signal:t};e.addEventListener("sourceopen",n,r),e.addEventListener("sourceended",n,r),e.addEventListener("sourceclose",n,r),t.addEventListener("abort",n,{once:!0})})}function aS(e){let t=new Map;for(let i of e.matchAll(/([A-Z0-9-]+)=(?:"([^"]*)"|([^,]*))/g)){let n=i[1],r=i[2]??i[3]??"";n&&t.set(n,r)}return t}function oS(e){let t=/^(\d+)x(\d+)$/.exec(e);return t?{width:Number.parseInt(t[1],10),height:Number.parseInt(t[2],10)}:null}function sS(e){let t=Number.parseFloat(e);if(!(Number.isNaN(t)||t<=0))return Math.abs(t-23.976)<.01?{frameRateNumerator:24e3,frameRateDenominator:1001}:Math.abs(t-29.97)<.01?{frameRateNumerator:3e4,frameRateDenominator:1001}:Math.abs(t-59.94)<.01?{frameRateNumerator:6e4,frameRateDenominator:1001}:t%1===0?{frameRateNumerator:Math.round(t)}:{frameRateNumerator:Math.round(t)}}var lS=["mp4a.","ac-3","ec-3","ac-4","opus","flac","dts","alac","vorbis"];function Zn(e){let t=e.split(",").map(n=>n.trim()),i={};for(let n of t){let r=n.toLowerCase();n.startsWith("avc1.")||n.startsWith("hvc1.")||n.startsWith("hev1.")?i.video=n:lS.some(a=>r.startsWith(a))&&(i.audio=n)}return i}function Lv(e){let t=e.split(",")[0]??e,i=Number.parseFloat(t);return Number.isNaN(i)?0:i}function Dc(e,t){let i=/^(\d+)(?:@(\d+))?$/.exec(e);if(!i)return null;let n=Number.parseInt(i[1],10);if(Number.isNaN(n))return null;let r;if(i[2]!==void 0){if(r=Number.parseInt(i[2],10),Number.isNaN(r))return null}else if(t!==void 0)r=t;else return null;return{start:r,end:r+n-1}}function dS(e){let t=aS(e);return{get(i){return t.get(i)},getInt(i,n){let r=t.get(i);if(r===void 0)return n;let a=Number.parseInt(r,10);return Number.isNaN(a)?n:a},getFloat(i,n){let r=t.get(i);if(r===void 0)return n;let a=Number.parseFloat(r);return Number.isNaN(a)?n:a},getBool(i){return t.get(i)==="YES"},getResolution(i){let n=t.get(i);if(n)return oS(n)??void 0},getFrameRate(i){let n=t.get(i);if(n)return sS(n)}}}function pi(e,t){let i=`#${t}:`;return e.startsWith(i)?dS(e.slice(i.length)):null}function mi(e,t){return new URL(e,t).href}var cS="video/mp2t",uS="audio/aac",Nv={".ts":cS,".aac":uS},Gi=new Set(Object.values(Nv));function pS(e){if(!e)return;let t;try{t=new URL(e).pathname.toLowerCase()}catch{t=e.toLowerCase().split("?")[0]??""}let i=t.lastIndexOf(".");return i===-1?void 0:Nv[t.slice(i)]}function mS(e,t,i,n){let r=e.segments,a=t[0]?.startTime??0;if(r.length===0||t.length===0)return t;let o=i-(De(e)?.mediaSequence??0),s;if(o>=0&&o<r.length){let d=r[o];d.url!==t[0].url&&console.warn(`[parseMediaPlaylist] media-sequence aligns previous[${o}] with the new window's first segment, but URLs differ (${d.url} vs ${t[0].url}); sequence numbers may be unreliable.`),s=d.startTime}else if(o<0)console.warn(`[parseMediaPlaylist] media-sequence went backwards (offset ${o}); resetting timeline.`),s=a;else{let d=r[r.length-1],c=t[0];d.startDate!==void 0&&c.startDate!==void 0?s=d.startTime+(c.startDate-d.startDate):(s=d.startTime+d.duration+(o-r.length)*n,console.warn(`[parseMediaPlaylist] full window turnover (offset ${o} >= ${r.length}); no PDT to bridge \u2014 estimating from previous end.`))}let l=s-a;return l===0?t:t.map(d=>({...d,startTime:d.startTime+l}))}function fS(e,t){let i=e.find(r=>!L(r.startDate));if(!i||L(i.startDate))return e;let n=i.startDate-t-i.startTime;return n===0?e:e.map(r=>({...r,startTime:r.startTime+n}))}function zv(e,t){let i=e.split(/\r?\n/),n=t.url,r=[],a,o,s=0,l,d=0,c=0,u,p,m=0,h=0,g,f=!1,y,w=!1,I=!1;for(let z of i){let U=z.trim();if(!U||U.startsWith("#")&&!U.startsWith("#EXT"))continue;if(U.startsWith("#EXT-X-TARGETDURATION:")){m=Number.parseInt(U.slice(22),10)||0;continue}if(U.startsWith("#EXT-X-MEDIA-SEQUENCE:")){h=Number.parseInt(U.slice(22),10)||0;continue}if(U.startsWith("#EXT-X-PROGRAM-DATE-TIME:")){let pe=Date.parse(U.slice(25).trim());p=Number.isNaN(pe)?p:pe/1e3;continue}if(U.startsWith("#EXT-X-PLAYLIST-TYPE:")){let pe=U.slice(21).trim();g=pe==="VOD"||pe==="EVENT"?pe:void 0;continue}let Fe=pi(U,"EXT-X-KEY");if(Fe){let pe=Fe.get("METHOD");pe!==void 0&&pe!=="NONE"&&(I=!0);continue}let ot=pi(U,"EXT-X-SERVER-CONTROL");if(ot){let pe=ot.get("HOLD-BACK");if(pe!==void 0){let E=Number.parseFloat(pe);Number.isFinite(E)&&E>0&&(y=E)}ot.get("PART-HOLD-BACK")!==void 0&&(w=!0);continue}if(U.startsWith("#EXT-X-PART-INF")||U.startsWith("#EXT-X-PART:")){w=!0;continue}if(U==="#EXTM3U"||U.startsWith("#EXT-X-VERSION:")||U.startsWith("#EXT-X-INDEPENDENT-SEGMENTS"))continue;let Qi=pi(U,"EXT-X-MAP");if(Qi){let pe=Qi.get("URI");if(pe){a=mi(pe,n);let E=Qi.get("BYTERANGE");E&&(o=Dc(E,0)??void 0)}continue}if(U.startsWith("#EXTINF:")){s=Lv(U.slice(8));continue}if(U.startsWith("#EXT-X-BYTERANGE:")){l=Dc(U.slice(17),u)??void 0;continue}if(U==="#EXT-X-ENDLIST"){f=!0;continue}if(!U.startsWith("#")&&s>0){let pe={id:`segment-${h+c}`,url:mi(U,n),duration:s,startTime:d};L(p)||(pe.startDate=p,p+=s),l?(pe.byteRange=l,u=l.end+1):u=void 0,r.push(pe),d+=s,c++,s=0,l=void 0}}let R=f||g==="VOD",B=t.startDate,S=r.some(z=>!L(z.startDate)),T=!L(B)&&S?fS(r,B):ce(t)?mS(t,r,h,m):r,x=T[T.length-1],v=x?x.startTime+x.duration:0,N=R?v:Number.POSITIVE_INFINITY,ee=T.find(z=>!L(z.startDate)),q=ee&&!L(ee.startDate)?ee.startDate-ee.startTime:void 0,Pt=t.type==="text"&&!a?void 0:a?{url:a,...o?{byteRange:o}:{}}:{url:""},bi=a?void 0:pS(T[0]?.url),vi=t.type!=="text"&&bi?bi:t.mimeType;return{...t,mimeType:vi,startTime:0,startDate:q,duration:N,segments:T,initialization:Pt,metadata:{...t.metadata,[fc]:{targetDuration:m,mediaSequence:h,playlistType:g,lowLatency:w,endList:f,holdBack:y,encrypted:I}}}}var Vv=new Map,Fv=e=>{if(e.mimeType&&Gi.has(e.mimeType)||De(e)?.encrypted)return!1;if(!e.mimeType||!e.codecs?.length)return!0;let t=$a({mimeType:e.mimeType,codecs:e.codecs}),i=Vv.get(t);if(i!==void 0)return i;let n=Rc(t);return Vv.set(t,n),n};var jv="track[data-src-track]";function _v(e,t){for(let i of t){let n=document.createElement("track");n.id=i.id,n.kind=i.kind,n.label=i.label,n.toggleAttribute("data-src-track",!0),i.language&&(n.srclang=i.language),e.appendChild(n)}}function Uv(e){let t=e.querySelectorAll(jv);for(let i of t){let n=i.track;if(n.mode==="showing"&&Ce(n))return n}}function Bv(e){let t=e.querySelectorAll(jv);for(let i of t)i.remove()}function Ya(e,t){for(let i=0;i<e.length;i++){let n=e[i];Ce(n)&&(n.mode=n.id===t?"showing":"disabled")}}function Hv(e,t){let i=t.url,n=e.split(/\r?\n/),r=[],a=[],o=[],s=null;for(let f of n){let y=f.trim();if(!y||y.startsWith("#")&&!y.startsWith("#EXT")||y==="#EXTM3U"||y.startsWith("#EXT-X-VERSION:")||y.startsWith("#EXT-X-INDEPENDENT-SEGMENTS"))continue;let w=pi(y,"EXT-X-MEDIA");if(w){let R=w.get("TYPE"),B=w.get("GROUP-ID"),S=w.get("NAME");if(R==="AUDIO"&&B&&S){let T=w.get("URI");a.push({groupId:B,name:S,language:w.get("LANGUAGE"),uri:T?mi(T,i):void 0,default:w.getBool("DEFAULT"),autoselect:w.getBool("AUTOSELECT"),channels:w.getInt("CHANNELS")})}if(R==="SUBTITLES"&&B&&S){let T=w.get("URI");T&&o.push({groupId:B,name:S,language:w.get("LANGUAGE"),uri:mi(T,i),default:w.getBool("DEFAULT"),autoselect:w.getBool("AUTOSELECT"),forced:w.getBool("FORCED")})}continue}let I=pi(y,"EXT-X-STREAM-INF");if(I){s={bandwidth:I.getInt("BANDWIDTH",0),resolution:I.getResolution("RESOLUTION"),codecs:I.get("CODECS"),frameRate:I.getFrameRate("FRAME-RATE"),audioGroupId:I.get("AUDIO")};continue}!y.startsWith("#")&&s&&(r.push({...s,uri:mi(y,i)}),s=null)}let l=[],d=[];for(let f of r){if(!f.codecs){l.push(f);continue}let y=Zn(f.codecs);f.codecs.split(",").length===1&&y.audio&&!y.video?d.push(f):l.push(f)}let c=new Map;for(let f of l){let y=c.get(f.uri);if(y){f.audioGroupId&&!y.audioGroupIds?.includes(f.audioGroupId)&&(y.audioGroupIds=[...y.audioGroupIds??[],f.audioGroupId]),f.bandwidth<y.bandwidth&&(y.bandwidth=f.bandwidth);continue}let w=f.codecs?Zn(f.codecs):void 0,I={type:"video",id:Re(),url:f.uri,bandwidth:f.bandwidth,mimeType:"video/mp4",codecs:[]};f.resolution?.width!==void 0&&(I.width=f.resolution.width),f.resolution?.height!==void 0&&(I.height=f.resolution.height),w?.video&&(I.codecs=w.audio&&!f.audioGroupId?[w.video,w.audio]:[w.video]),f.frameRate&&(I.frameRate=f.frameRate),f.audioGroupId&&(I.audioGroupIds=[f.audioGroupId]),c.set(f.uri,I)}let u=[...c.values()],p=d.map(f=>{let y=f.codecs?Zn(f.codecs):void 0;return{type:"audio",id:Re(),url:f.uri,bandwidth:f.bandwidth,mimeType:"audio/mp4",codecs:y?.audio?[y.audio]:[],groupId:f.audioGroupId||"default",name:"Default",sampleRate:48e3,channels:2}}),m=[...a.flatMap(f=>{let y;for(let I of r)if(I.audioGroupId===f.groupId&&I.codecs){let R=Zn(I.codecs);if(R.audio){y=[R.audio];break}}if(!f.uri){let I=p.find(R=>R.groupId===f.groupId);if(I)return I.name=f.name,f.language&&(I.language=f.language),f.channels&&(I.channels=f.channels),f.default&&(I.default=f.default),f.autoselect&&(I.autoselect=f.autoselect),[]}let w={type:"audio",id:Re(),url:f.uri??"",groupId:f.groupId,name:f.name,mimeType:"audio/mp4",bandwidth:0,sampleRate:48e3,channels:f.channels??2,codecs:[]};return f.language&&(w.language=f.language),y&&(w.codecs=y),f.default&&(w.default=f.default),f.autoselect&&(w.autoselect=f.autoselect),[w]}),...p],h=o.map(f=>{let y={type:"text",id:Re(),url:f.uri,groupId:f.groupId,label:f.name,kind:"subtitles",mimeType:"text/vtt",bandwidth:0};return f.language&&(y.language=f.language),f.default&&f.autoselect&&(y.default=!0),f.autoselect&&(y.autoselect=f.autoselect),f.forced&&(y.forced=f.forced),y}),g=[];if(u.length>0){let f={id:Re(),type:"video",tracks:u},y={id:Re(),type:"video",switchingSets:[f]};g.push(y)}if(m.length>0){let f={id:Re(),type:"audio",tracks:m},y={id:Re(),type:"audio",switchingSets:[f]};g.push(y)}if(h.length>0){let f={id:Re(),type:"text",tracks:h},y={id:Re(),type:"text",switchingSets:[f]};g.push(y)}return{id:Re(),url:t.url,startTime:0,selectionSets:g}}var hS={video:"selectedVideoTrackId",audio:"selectedAudioTrackId",text:"selectedTextTrackId"};function Qn(e,t){let{presentation:i}=e;if(!i?.selectionSets)return;let n=e[hS[t]];return i.selectionSets.find(({type:r})=>r===t)?.switchingSets[0]?.tracks.find(({id:r})=>r===n)}function qv(e){if(e.selectedVideoTrackId){let t=Qn(e,"video");if(t&&ce(t))return t.duration}if(e.selectedAudioTrackId){let t=Qn(e,"audio");if(t&&ce(t))return t.duration}}function gS({state:e,config:t}){return Y(()=>{let i=e.presentation.get();if(!i||i.duration!==void 0)return;let n=Oe(()=>({presentation:i,selectedVideoTrackId:e.selectedVideoTrackId?.get(),selectedAudioTrackId:e.selectedAudioTrackId?.get()})),r=t.resolveDuration(n);r===void 0||Number.isNaN(r)||r<=0||fe(e.presentation,{duration:r})})}var Wv={stateKeys:["presentation"],contextKeys:[],setup:gS};var bS=(e,t)=>!!e&&e.length===t.length&&e.every((i,n)=>i===t[n]),Kv={stateKeys:["presentation","cdnPriority"],contextKeys:[],setup:({state:e,config:t={}})=>{let i=t.getCdnId??qt,n=K(()=>te(e.presentation.get())?"presentation-resolved":"presentation-unresolved");return J({initial:"presentation-unresolved",monitor:()=>n.get(),states:{"presentation-unresolved":{},"presentation-resolved":{entry:()=>()=>e.cdnPriority.set(void 0),effects:[()=>{let r=e.presentation.get();if(!te(r))return;let a=fv(r,i);bS(Z(e.cdnPriority),a)||e.cdnPriority.set(a)}]}}})}};var vS=1e3;function yS(e,t){return!e||!hn(e)||t?"preconditions-unmet":"airplay-capable"}function kS({state:e,context:t}){let i=K(()=>yS(t.mediaElement.get(),e.disableRemotePlayback.get()));return J({initial:"preconditions-unmet",monitor:()=>i.get(),states:{"preconditions-unmet":{},"airplay-capable":{entry:()=>{let n=t.mediaElement.get(),r=()=>!!n.webkitCurrentPlaybackTargetIsWireless,a,o,s,l,d=!1,c=()=>{r()?(clearTimeout(a),a=void 0,Z(e.loadingSuspended)||(o=Z(e.presentation)?.url),e.loadingSuspended.set(!0)):Z(e.loadingSuspended)?a??=setTimeout(()=>{a=void 0;let f=r();if(!f){let y=o;o=void 0,Z(e.presentation)?.url===y&&(s={position:n.currentTime,wasPlaying:!n.paused,presentationUrl:y})}e.loadingSuspended.set(f)},vS):e.loadingSuspended.set(!1)},u=new AbortController;b(n,"webkitcurrentplaybacktargetiswirelesschanged",c,{signal:u.signal}),b(n,"emptied",()=>{if(!s)return;let{position:f,wasPlaying:y,presentationUrl:w}=s;s=void 0,Z(e.presentation)?.url===w&&(e.startPosition.set(f),l=w,d=y)},{signal:u.signal});let p=Y(()=>{let f=e.presentation.get()?.url;!Z(e.loadingSuspended)||f===o||(o=void 0,clearTimeout(a),a=void 0,e.loadingSuspended.set(!1))}),m=Y(()=>{let f=e.presentation.get()?.url,y=e.startPosition.get();if(l){if(f!==l){l=void 0,d=!1,y!==void 0&&e.startPosition.set(void 0);return}y===void 0&&(l=void 0,d&&(d=!1,n.play().catch(w=>{console.warn("[setupAirPlay] session-end resume play() rejected \u2014 staying paused:",w)})))}}),h=null,g=Y(()=>{let f=!!t.mediaSource.get(),y=!!e.loadingSuspended.get(),w=e.presentation.get()?.url??"";!f&&!y?(h?.remove(),h=null):f&&(!h||h.parentNode!==n)&&(h=document.createElement("source"),h.type="application/x-mpegURL",n.append(h),n.disableRemotePlayback=!1),h&&(h.src=w)});return c(),()=>{g(),p(),m(),u.abort(),clearTimeout(a),h?.remove(),h=null,n.disableRemotePlayback=!0,e.loadingSuspended.set(!1),l&&(l=void 0,d=!1,Z(e.startPosition)!==void 0&&e.startPosition.set(void 0))}}}}})}var Gv={stateKeys:["presentation","disableRemotePlayback","loadingSuspended","startPosition"],contextKeys:["mediaElement","mediaSource"],setup:kS};function xS(e,t,i){return!t||!te(e)||L(i)?"preconditions-unmet":"position-pending"}function TS({state:e,context:t}){let i=K(()=>xS(e.presentation.get(),t.mediaElement.get(),e.startPosition.get()));return J({initial:"preconditions-unmet",monitor:()=>i.get(),states:{"preconditions-unmet":{},"position-pending":{entry:()=>{let n=t.mediaElement.get(),r=e.startPosition.get();e.currentTime.set(r);let a=()=>{n.currentTime=r,e.startPosition.set(void 0)};if(n.readyState>=HTMLMediaElement.HAVE_METADATA){a();return}return b(n,"loadedmetadata",a,{once:!0})}}}})}var $v={stateKeys:["presentation","startPosition","currentTime"],contextKeys:["mediaElement"],setup:TS};function wS(e,t){return!!(t&&e&&wb(e))}function Yv(e,t){return[...e].reduce((i,n)=>{let{buffered:r}=n;if(!r.length)return i;let a=r.end(r.length-1);return i?t(a,i)?a:i:a},void 0)??0}var SS=(e,t)=>e>t,ES=(e,t)=>e<t;function Xa(e){return Yv(e,SS)}function Xv(e){return Yv(e,ES)}function Zv(e,t){if(!wS(e,t))return!1;let i=e.duration;return!(Number.isNaN(i)||i<=0)}function Jn(e,t){if(t.aborted)return Promise.resolve();let i=[];for(let n of e)n.updating&&i.push(n);return i.length===0?Promise.resolve():new Promise(n=>{let r=i.length,a=()=>{r--,r===0&&n()};for(let o of i)o.addEventListener("updateend",a,{once:!0,signal:t});t.addEventListener("abort",()=>n(),{once:!0})})}function Qv(e,t){if(e.length===0)return!0;let i=e[e.length-1];return i?t?.some(n=>n.id===i.id&&!n.partial)??!1:!1}var CS=.5;function PS(e,t,i,n,r,a){if(!t||!e||!i)return"preconditions-unmet";let o=[n,r].filter(l=>l!==void 0);if(o.length===0)return"preconditions-unmet";let s;for(let l of o){let d=l.snapshot.get();if(d.value!=="idle")return"preconditions-unmet";let{initTrackId:c,segments:u}=d.context;if(!c)return"preconditions-unmet";let p=me(e,c);if(!p||!ce(p)||!Number.isFinite(p.duration)||!Qv(p.segments,u))return"preconditions-unmet";if(p.segments.length>0){let m=p.segments[p.segments.length-1].startTime;(s===void 0||m>s)&&(s=m)}}return s!==void 0&&(a??0)<s-CS?"preconditions-unmet":"eos-ready"}function AS({state:e,context:t}){let i=Bt(!1),n=Y(()=>{let o=t.mediaSource.get();if(!o){i.set(!1);return}i.set(o.readyState==="open");let s=new AbortController;return Ov(o,s.signal,l=>{i.set(l==="open")}),()=>s.abort()}),r=K(()=>PS(e.presentation.get(),t.mediaSource.get(),i.get(),t.videoBufferActor?.get(),t.audioBufferActor?.get(),e.currentTime.get())),a=J({initial:"preconditions-unmet",monitor:()=>r.get(),states:{"preconditions-unmet":{},"eos-ready":{entry:()=>{let o=t.mediaSource.get(),s=new AbortController;return(async()=>{if(await Jn(o.sourceBuffers,s.signal),s.signal.aborted)return;let d=Xa(o.sourceBuffers);d>0&&(o.duration=d),o.endOfStream()})().catch(d=>console.error("Failed to call endOfStream:",d)),()=>s.abort()}}}});return()=>{n(),a.destroy()}}var Jv={stateKeys:["presentation","currentTime"],contextKeys:["mediaSource"],setup:AS};function IS(e,t){let{msEnded:i,durationFinite:n,paused:r,seeking:a,ended:o,currentTime:s,bufferedEnd:l}=e;if(!i||!n||r||a||o||l===void 0)return!1;let d=l-s;return d>=0&&d<t}function MS({context:e,config:t}){let i=t?.endStallNudgeWindow??.2;return Y(()=>{let n=e.mediaElement.get();return n?b(n,"waiting",()=>{let a=e.mediaSource.get();IS({msEnded:a?.readyState==="ended",durationFinite:Number.isFinite(n.duration),paused:n.paused,seeking:n.seeking,ended:n.ended,currentTime:n.currentTime,bufferedEnd:a?Xv(a.sourceBuffers):void 0},i)&&(n.currentTime=n.duration)}):void 0})}var ey={stateKeys:[],contextKeys:["mediaElement","mediaSource"],setup:MS};var RS=.1;function DS(e,t){return e&&t?"live":"inactive"}function OS({state:e,context:t,config:i}){let n=K(()=>DS(t.mediaElement.get(),Ui({state:e,config:i})));return J({initial:"inactive",monitor:()=>n.get(),states:{inactive:{},live:{entry:()=>{let r=t.mediaElement.get(),{liveEdgeStart:a}=Ui({state:e,config:i});r.currentTime>=a||e.startPosition.set(a)},effects:()=>{let{start:r,liveEdgeStart:a}=Ui({state:e,config:i}),o=Z(t.mediaElement),s=()=>{o.paused||o.currentTime<r-RS&&(o.currentTime=a)};return s(),b(o,"play",s)}}}})}var ty={stateKeys:["presentation","startPosition"],contextKeys:["mediaElement"],setup:OS};var Oc=class{minChunkSize;#e;constructor(e,{minChunkSize:t=131072}={}){this.#e=e,this.minChunkSize=t}async*[Symbol.asyncIterator](){let e,t=this.#e.getReader();try{for(;;){let{done:i,value:n}=await t.read();if(i){e&&(yield e);break}e=e?LS(e,n):n,e.length>=this.minChunkSize&&(yield e,e=void 0)}}finally{t.releaseLock()}}};function LS(e,t){let i=new Uint8Array(e.length+t.length);return i.set(e),i.set(t,e.length),i}async function er(e,t){let i=new Headers(t?.headers);if(e.byteRange){let{start:r,end:a}=e.byteRange;i.set("Range",`bytes=${r}-${a}`)}let n=new Request(e.url,{method:"GET",headers:i,...t});return fetch(n)}function Lc(e){return e.text()}var tr=async(e,t)=>{let i=await er(e,t);if(!i.ok)throw new Error(`fetchResolvableText: ${i.status} ${i.statusText} for ${e.url}`);return Lc(i)};async function iy(e,t){let{minChunkSize:i,...n}=t??{},r=await er(e,n);if(!r.body)throw new Error("Response has no body");return new Oc(r.body,...i!==void 0?[{minChunkSize:i}]:[])}function ny(e,t){let i=e;return async(n,r)=>{let{minChunkSize:a,...o}=r??{},s=await er(n,o);if(!s.body)throw new Error("Response has no body");let l=s.body;return{[Symbol.asyncIterator]:async function*(){let d=performance.now();for await(let c of new Oc(l,...a!==void 0?[{minChunkSize:a}]:[])){let u=performance.now()-d;i=bv(i,u,c.byteLength),t(i),yield c,d=performance.now()}}}}}var Nc={keepSegments:2};function ry(e,t,i=Nc){if(e.length===0)return 0;let n=e.filter(a=>a.startTime<t);if(n.length===0)return 0;let r=n.length-i.keepSegments;return r<=0?0:r>=n.length?t:n[r].startTime}function ay(e){return e.config}function NS(e,t){return new Promise((i,n)=>{if(e.get().value==="idle"){i();return}if(e.get().value==="destroyed"){n(new DOMException("Aborted","AbortError"));return}if(t.aborted){n(t.reason);return}let r,a=s=>{r?.(),t.removeEventListener("abort",o),s()},o=()=>a(()=>n(t.reason));r=Y(()=>{let s=e.get().value;s==="idle"?a(i):s==="destroyed"&&a(()=>n(new DOMException("Aborted","AbortError")))}),t.addEventListener("abort",o,{once:!0})})}function zS({op:e,data:t,meta:i}){switch(e.type){case"remove":return e;case"append-init":return{type:"append-init",data:t,meta:e.meta};case"append-segment":return{type:"append-segment",data:t,meta:i??e.meta}}}var ir=async(e,t,i)=>{let{op:n}=e;if(n.type==="remove")return;let{fetch:r}=ay(i);e.data=await r(n,n.type==="append-init"?{signal:t,minChunkSize:1/0}:{signal:t})},fi=async(e,t,i)=>{let{sourceBufferActor:n}=ay(i);n.send(zS(e)),await NS(n.snapshot,t)},oy=()=>({remove:[fi],"append-init":[ir,fi],"append-segment":[ir,fi]});function VS(e,{getContext:t,setContext:i,pipelines:n,deps:r}){return new ht(async a=>{if(a.aborted)return;let o=e.type==="append-segment"?{op:e,meta:e.meta}:{op:e};try{e.type==="append-init"?i({...t(),inFlightInitTrackId:e.meta.trackId}):e.type==="append-segment"&&i({...t(),inFlightSegment:{id:e.meta.id,trackId:e.meta.trackId}});for(let s of n[e.type]){if(a.aborted)return;await s(o,a,r)}}finally{e.type==="append-init"?i({...t(),inFlightInitTrackId:null}):e.type==="append-segment"&&i({...t(),inFlightSegment:null})}})}function sy(e,t,i={},n={state:{},context:{},config:{}}){let r={...Ht,...i.forwardBuffer},a={...Nc,...i.backBuffer},o={state:n.state,context:n.context,config:{...n.config,sourceBufferActor:e,fetch:t}},s=(i.messagePipelines??oy)(),l=u=>{let p=Z(e.snapshot).context.segments.filter(h=>!h.partial),m=jb(p.map(h=>({start:h.startTime,end:h.startTime+h.duration})));return u.filter(h=>_b(h.startTime,h.startTime+h.duration,m))},d=u=>{let{track:p,range:m}=u,h=Z(e.snapshot).context,g=l(p.segments),f=m?.start??0,y=[],w=h.initTrackId!==void 0&&h.initTrackId!==p.id&&h.initTrackLanguage!==p.language,I=[],R=[];if(m){if(w){let v=h.segments.find(N=>N.startTime<=f&&N.startTime+N.duration>f)?.startTime??h.segments.find(N=>N.startTime>f)?.startTime;v!==void 0&&R.push({start:v,end:1/0})}let T=Ub(g,f,r);T<1/0&&I.push({start:T,end:1/0});let x=ry(g,f,a);x>0&&I.push({start:0,end:x});for(let v of I)y.push({type:"remove",start:v.start,end:v.end})}let B=T=>{let x=T.startTime+T.duration;return I.some(v=>T.startTime<v.end&&x>v.start)||R.some(v=>T.startTime<v.end&&x>v.start)},S=I.length+R.length>0?g.filter(T=>!B(T)):g;if(h.initTrackId!==p.id&&y.push({type:"append-init",meta:{trackId:p.id,language:p.language},url:p.initialization.url,...p.initialization.byteRange!==void 0&&{byteRange:p.initialization.byteRange}}),m){let T=Ba(p.segments,S,f,r).filter(x=>{let v=h.segments.find(N=>!B(N)&&Math.abs(N.startTime-x.startTime)<1e-4);return v?.partial||!v?.trackBandwidth||!p.bandwidth?!0:p.bandwidth>v.trackBandwidth});for(let x of T)y.push({type:"append-segment",meta:{id:x.id,startTime:x.startTime,duration:x.duration,trackId:p.id,trackBandwidth:p.bandwidth},url:x.url,...x.byteRange!==void 0&&{byteRange:x.byteRange}})}return y},c=(u,{getContext:p,setContext:m,runner:h})=>{u.forEach(g=>{h.schedule(VS(g,{getContext:p,setContext:m,pipelines:s,deps:o})).then(void 0,f=>{f instanceof Error&&f.name==="AbortError"||(console.error("Unexpected error in segment loader:",f),h.abortPending())})})};return Ki({runner:()=>new Wi,initial:"idle",context:{inFlightInitTrackId:null,inFlightSegment:null},states:{idle:{on:{load:(u,p)=>{let m=d(u);m.length!==0&&(p.transition("loading"),c(m,p))}}},loading:{onSettled:"idle",on:{load:(u,p)=>{let{context:m,runner:h}=p,g=d(u),f=m.inFlightSegment,y=w=>w.type==="append-segment"&&f!==null&&w.meta.id===f.id&&w.meta.trackId===f.trackId;f!==null&&g.some(y)||m.inFlightInitTrackId!==null&&g.some(w=>w.type==="append-init"&&w.meta.trackId===m.inFlightInitTrackId)?(h.abortPending(),c(g.filter(w=>!y(w)&&!(w.type==="append-init"&&w.meta.trackId===m.inFlightInitTrackId)),p)):(h.abortAll(),(m.inFlightSegment!==null||m.inFlightInitTrackId!==null&&g.some(w=>w.type==="append-init"&&w.meta.trackId!==m.inFlightInitTrackId))&&e.send({type:"cancel"}),c(g,p))}}}}})}async function zc(e,t,i){if(t instanceof ArrayBuffer)await ly(e,t);else try{for await(let n of t){if(i?.aborted)throw i.reason??new DOMException("Aborted","AbortError");await ly(e,n)}}catch(n){if(n instanceof DOMException&&n.name==="AbortError"&&!e.updating)try{e.abort()}catch{}throw n}}async function ly(e,t){return e.updating&&await new Promise(i=>{let n=()=>{e.removeEventListener("updateend",n),i()};e.addEventListener("updateend",n)}),new Promise((i,n)=>{let r=()=>{o(),i()},a=s=>{o(),n(new Error(`SourceBuffer append error: ${s.type}`))},o=()=>{e.removeEventListener("updateend",r),e.removeEventListener("error",a)};e.addEventListener("updateend",r),e.addEventListener("error",a);try{e.appendBuffer(t)}catch(s){o(),n(s)}})}async function dy(e,t,i){return e.updating&&await new Promise(n=>{let r=()=>{e.removeEventListener("updateend",r),n()};e.addEventListener("updateend",r)}),new Promise((n,r)=>{let a=()=>{s(),n()},o=l=>{s(),r(new Error(`SourceBuffer remove error: ${l.type}`))},s=()=>{e.removeEventListener("updateend",a),e.removeEventListener("error",o)};e.addEventListener("updateend",a),e.addEventListener("error",o);try{e.remove(t,i)}catch(l){s(),r(l)}})}function uy(e){let t=[];for(let i=0;i<e.length;i++)t.push({start:e.start(i),end:e.end(i)});return t}function FS(e,{getContext:t,sourceBuffer:i}){return new ht(async n=>{let r=t();return n.aborted?r:(await zc(i,e.data),{...r,initTrackId:e.meta.trackId,initTrackLanguage:e.meta.language})})}function jS(e,{getContext:t,sourceBuffer:i,setContext:n}){return new ht(async r=>{let a=t();if(r.aborted)return a;let{meta:o}=e,s=a.segments.filter(l=>Math.abs(l.startTime-o.startTime)>=1e-4);return e.data instanceof ArrayBuffer||n({...a,segments:[...s,{id:o.id,startTime:o.startTime,duration:o.duration,trackId:o.trackId,...o.trackBandwidth!==void 0&&{trackBandwidth:o.trackBandwidth},partial:!0}],bufferedRanges:a.bufferedRanges}),o.timestampOffset!=null&&i.timestampOffset!==o.timestampOffset&&(i.timestampOffset=o.timestampOffset),await zc(i,e.data,r),{...a,segments:[...s,{id:o.id,startTime:o.startTime,duration:o.duration,trackId:o.trackId,...o.trackBandwidth!==void 0&&{trackBandwidth:o.trackBandwidth}}],bufferedRanges:uy(i.buffered)}})}function _S(e,{getContext:t,sourceBuffer:i}){return new ht(async n=>{let r=t();if(n.aborted)return r;await dy(i,e.start,e.end);let a=uy(i.buffered),o=r.segments.filter(s=>{let l=s.startTime+s.duration/2;return a.some(d=>l>=d.start&&l<d.end)});return{...r,segments:o,bufferedRanges:a}})}var US={"append-init":FS,"append-segment":jS,remove:_S};function cy(e,t){let i=US[e.type];return i(e,t)}function py(e,t){let i=r=>{r instanceof Error&&r.name==="AbortError"||console.error("SourceBuffer operation failed:",r)},n=(r,{transition:a,setContext:o,getContext:s,runner:l})=>{a("updating");let d=cy(r,{getContext:s,sourceBuffer:e,setContext:o});l.schedule(d).then(o,i)};return Ki({runner:()=>new Wi,initial:"idle",context:{segments:[],bufferedRanges:[],initTrackId:void 0,...t},states:{idle:{on:{"append-init":n,"append-segment":n,remove:n,batch:(r,{transition:a,setContext:o,getContext:s,runner:l})=>{let{messages:d}=r;d.length!==0&&(a("updating"),d.forEach(c=>{let u=cy(c,{getContext:s,sourceBuffer:e,setContext:o});l.schedule(u).then(o,i)}))}}},updating:{onSettled:"idle",on:{cancel:(r,{runner:a})=>{a.abortAll()}}}}})}function hi(e,t,i){let n=i.getCdnId??qt;return(async(r,a)=>{try{return await e(r,a)}catch(o){if(!a?.signal?.aborted&&t.failedCdns){let s=t.presentation.get(),l=t[i.selectedKey].get(),d=s&&l?me(s,l):void 0;d&&fe(t.failedCdns,c=>hv(c,n(d.url)))}throw o}})}function my({state:e,context:t,config:i}){let{type:n,selectedKey:r,actorKey:a,loaderKey:o,fetch:s,forwardBuffer:l,backBuffer:d,messagePipelines:c}=i,u=K(()=>{if(!t.mediaSource.get())return"preconditions-unmet";let p={presentation:e.presentation.get(),[r]:e[r].get()};return Pb(Qn(p,n))?"buffer-ready":"preconditions-unmet"});return J({initial:"preconditions-unmet",monitor:()=>u.get(),states:{"preconditions-unmet":{},"buffer-ready":{entry:()=>{let p=t.mediaSource.get(),m={presentation:e.presentation.get(),[r]:e[r].get()},h=Qn(m,n),g=Dv(p,$a(h)),f=py(g),y=sy(f,s,{forwardBuffer:l,backBuffer:d,messagePipelines:c},{state:e,context:t,config:i});t[a].set(f),t[o].set(y);let w=new AbortController,I=()=>{y.destroy(),f.destroy(),t[o].set(void 0),t[a].set(void 0),w.abort()};return b(p,"sourceclose",I,{signal:w.signal}),I}}}})}var fy={stateKeys:["presentation","selectedVideoTrackId","bandwidthState"],contextKeys:["mediaSource","videoBufferActor","videoSegmentLoaderActor"],setup:({state:e,context:t,config:i={}})=>{let n=ny(e.bandwidthState.get()??{fastEstimate:0,fastTotalWeight:0,slowEstimate:0,slowTotalWeight:0,bytesSampled:0},a=>e.bandwidthState.set(a)),r={...Hi,...i};return my({state:e,context:t,config:{...r,messagePipelines:i.videoMessagePipelines,fetch:hi(n,e,r)}})}},hy={stateKeys:["presentation","selectedAudioTrackId"],contextKeys:["mediaSource","audioBufferActor","audioSegmentLoaderActor"],setup:({state:e,context:t,config:i={}})=>{let n={...qi,...i};return my({state:e,context:t,config:{...n,messagePipelines:i.audioMessagePipelines,fetch:hi(iy,e,n)}})}};function BS(e,t,i){return!t||!te(e)||i?"preconditions-unmet":"mediasource-attached"}function HS({state:e,context:t,config:i={}}){let n=i.attachMediaSource??Iv,r=e.loadingSuspended,a=Bt(!1),o=K(()=>BS(e.presentation.get(),t.mediaElement.get(),a.get()));return J({initial:"preconditions-unmet",monitor:()=>o.get(),states:{"preconditions-unmet":{effects:()=>{a.get()&&!r?.get()&&a.set(!1)}},"mediasource-attached":{entry:()=>{let s=t.mediaElement.get(),l=new AbortController,d=Av({preferManaged:!0}),{detach:c}=n(d,s),u=()=>{a.set(!0),l.abort(),t.mediaSource.set(void 0),c({deferReset:!0})};return b(d,"sourceclose",u,{signal:l.signal}),(async()=>{if(await Xn(d,l.signal),!l.signal.aborted){if(d.readyState!=="open"){console.warn(`[setupMediaSource] MediaSource transitioned to '${d.readyState}' before first 'sourceopen' \u2014 slot left unpublished; recoverable on next source reset.`);return}t.mediaSource.set(d)}})().catch(m=>console.error("[setupMediaSource] failed to publish MediaSource:",m)),u}}}})}var gy={stateKeys:["presentation"],contextKeys:["mediaElement","mediaSource"],setup:HS};function qS({state:e,context:t}){return Y(()=>{let i=t.mediaSource.get(),n=bc(e);!i||!n||i.setLiveSeekableRange(n.start,n.end)})}var by={stateKeys:["presentation"],contextKeys:["mediaSource"],setup:qS};function WS(e,t){return!t||!e?"preconditions-unmet":Ae(e,"text").length>0?"sync-active":"preconditions-unmet"}function KS(e,t){if(!e)return"off";let i=t.find(n=>n.id===e)?.language;return i?{language:i}:{id:e}}function GS({state:e,context:t,config:i}){let{addSubtitlesTracksToMedia:n,getShowingSubtitlesTrackFromMedia:r,removeAllSubtitlesTracksFromMedia:a}=i,o=K(()=>WS(e.presentation.get(),t.mediaElement.get()));return J({initial:"preconditions-unmet",monitor:()=>o.get(),states:{"preconditions-unmet":{},"sync-active":{entry:()=>{let s=t.mediaElement.get(),l=Ae(e.presentation.get(),"text");n(s,l),Ya(s.textTracks,e.selectedTextTrackId.get());let d=!0,c=setTimeout(()=>{d=!1},0),u=()=>{if(d){Ya(s.textTracks,e.selectedTextTrackId.get());return}let m=r(s)?.id||void 0;m!==e.selectedTextTrackId.get()&&e.userTextTrackSelection.set(KS(m,l))},p=b(s.textTracks,"change",u);return()=>{p(),clearTimeout(c),a(s),Z(t.textTracksActor)?.send({type:"clear"})}},effects:()=>{let s=Z(t.mediaElement);Ya(s.textTracks,e.selectedTextTrackId.get())}}}})}var vy={stateKeys:["presentation","selectedTextTrackId","userTextTrackSelection"],contextKeys:["mediaElement","textTracksActor"],setup:GS};function yy(e,t=1){let i=Math.round(e.width*t),n=Math.round(e.height*t);return i>0&&n>0?{width:i,height:n}:void 0}function $S({state:e,context:t,config:i={}}){let{capRenditionToPlayerSize:n=!0,useDevicePixelRatio:r=!0}=i;return Y(()=>{let a=t.mediaElement.get(),o;if(e.playerResolution.set(o),!n||!a)return;let s=l=>{let d=yy(l,l.scale);At(o,d)||(o=d,e.playerResolution.set(d))};return r?Yo(a,s):Sr(a,s)})}var ky={stateKeys:["playerResolution"],contextKeys:["mediaElement"],setup:$S};function YS(e,t){return Zv(e,t)?"duration-writable":"preconditions-unmet"}function XS({state:e,context:t}){let i=K(()=>YS(e.presentation.get(),t.mediaSource.get()));return J({initial:"preconditions-unmet",monitor:()=>i.get(),states:{"preconditions-unmet":{},"duration-writable":{entry:()=>{let n=e.presentation.get(),r=t.mediaSource.get();if(n.duration===Number.POSITIVE_INFINITY){if(r.duration===Number.POSITIVE_INFINITY)return;let s=new AbortController;return(async()=>(await Xn(r,s.signal),!(s.signal.aborted||r.readyState!=="open")&&(await Jn(r.sourceBuffers,s.signal),!(s.signal.aborted||r.readyState!=="open")&&r.duration!==Number.POSITIVE_INFINITY&&(r.duration=Number.POSITIVE_INFINITY))))(),()=>s.abort()}if(!Number.isNaN(r.duration))return;let a=new AbortController;return(async()=>{if(await Xn(r,a.signal),a.signal.aborted||r.readyState!=="open"||(await Jn(r.sourceBuffers,a.signal),a.signal.aborted)||r.readyState!=="open")return;let s=Xa(r.sourceBuffers),l=s>n.duration?s:n.duration;r.duration=l})(),()=>a.abort()}}}})}var xy={stateKeys:["presentation"],contextKeys:["mediaSource"],setup:XS};function Za(e){return e==="auto"||e==="metadata"||e==="none"}var ZS="metadata";function Ty(e,t=ZS){return(e||t)==="none"}function QS(e,t,i,n){return e?.url?te(e)?"resolved":i||!Ty(t,n)?"resolving":"idle":"preconditions-unmet"}function JS({state:e,config:t}){let{parsePresentation:i}=t,n=t.defaultPreload??"metadata",r=K(()=>QS(e.presentation.get(),e.preload.get(),e.loadActivated.get(),n));return J({initial:"preconditions-unmet",monitor:()=>r.get(),states:{"preconditions-unmet":{},idle:{},resolving:{entry:()=>{let a=e.presentation.get(),o=new AbortController;return er(a,{signal:o.signal}).then(s=>Lc(s)).then(s=>{let l=i(s,a);e.presentation.set(l)}).catch(s=>{s instanceof Error&&s.name==="AbortError"||console.error("[resolvePresentation] manifest fetch/parse failed:",s)}),o}},resolved:{}}})}var wy={stateKeys:["presentation","preload","loadActivated"],contextKeys:[],setup:JS};function Sy(e,t={}){let{signal:i}=t;return i?.aborted?Promise.reject(i.reason):new Promise((n,r)=>{let a=!1,o=d=>{a||(a=!0,d(),queueMicrotask(()=>{i?.removeEventListener("abort",s),l()}))},s=()=>o(()=>r(i?.reason));i?.addEventListener("abort",s,{once:!0});let l=Y(()=>{!a&&e()&&o(n)})})}function Vc({state:e,config:{selectedKey:t,findTrackToResolve:i,fetchResolvableText:n=tr,gateFirstParse:r,reschedule:a,reportUnsupportedTrackConditions:o}}){let s=new Xb(a??Yb),l=K(()=>te(e.presentation.get())?"presentation-resolved":"presentation-unresolved");return J({initial:"presentation-unresolved",monitor:()=>l.get(),states:{"presentation-unresolved":{},"presentation-resolved":{entry:()=>()=>s.abortAll(),effects:[()=>{let d=Z(e.presentation),c=e[t].get();if(!d||!c)return;let u=i(d,c);!u||ce(u)&&Number.isFinite(u.duration)||s.schedule(new ht(async p=>{let m=Z(e.presentation),h=m?i(m,c):void 0;if(!h)throw new Error("resolve-track: selected track not found");let g=await n(h,{signal:p});if(r&&!ce(h)){let{selectedVideoTrackId:I,selectedAudioTrackId:R}=e;await Sy(()=>r(e.presentation.get(),{selectedVideoTrackId:I?.get(),selectedAudioTrackId:R?.get()},c),{signal:p})}let f=Z(e.presentation),y=f?i(f,c):void 0;if(!y)throw new Error("resolve-track: selected track not found");let w=zv(g,y);if(o)for(let I of o(w))Wa(e,I);return fe(e.presentation,I=>{if(!te(I))return I;let R=Ib(I,w);return{...Gi.has(w.mimeType)?Ab(R,w.type,w.mimeType):R,streamType:ja(De(w))}}),w},{id:u.id})).catch(()=>{})}]}}})}var eE={...Hi,findTrackToResolve:(e,t)=>ci(e,"video",t)},tE={...qi,findTrackToResolve:(e,t)=>ci(e,"audio",t)},iE={...Ha,findTrackToResolve:(e,t)=>ci(e,"text",t)},Ey={stateKeys:["presentation","selectedVideoTrackId"],contextKeys:[],setup:({state:e,config:t={}})=>{let i={...eE,...t};return Vc({state:e,config:{...i,fetchResolvableText:hi(tr,e,i)}})}},Cy={stateKeys:["presentation","selectedAudioTrackId"],contextKeys:[],setup:({state:e,config:t={}})=>{let i={...tE,...t};return Vc({state:e,config:{...i,fetchResolvableText:hi(tr,e,i)}})}},Py={stateKeys:["presentation","selectedTextTrackId"],contextKeys:[],setup:({state:e,config:t={}})=>{let i={...iE,...t};return Vc({state:e,config:{...i,fetchResolvableText:hi(tr,e,i)}})}};var nE={cooldownMs:3e5},Ay={stateKeys:["presentation","failedCdns"],contextKeys:[],setup:({state:e,config:t={}})=>{let i=t.failover?.cooldownMs??nE.cooldownMs,n=new Map,r=K(()=>te(e.presentation.get())?"presentation-resolved":"presentation-unresolved");return J({initial:"presentation-unresolved",monitor:()=>r.get(),states:{"presentation-unresolved":{},"presentation-resolved":{entry:()=>()=>{n.forEach(a=>clearTimeout(a)),n.clear(),e.failedCdns.set(void 0)},effects:[()=>{(e.failedCdns.get()??[]).forEach(a=>{if(n.has(a))return;let o=setTimeout(()=>{n.delete(a),fe(e.failedCdns,s=>s?.filter(l=>l!==a))},i);n.set(a,o)})}]}}})}};function rE({state:e,context:t,config:i}){let n=i?.defaultPreload??"metadata",r=K(()=>e.presentation.get()?.url),a=Y(()=>{r.get();let s=t.mediaElement.get(),l=Z(e.preload);if(l!==void 0&&!Za(l))return;let d=s&&(!s.hasAttribute||s.hasAttribute("preload"))?s.preload:void 0,c=Za(d)?d:l===void 0?n:void 0;c===void 0||c===l||e.preload.set(c)}),o=Y(()=>{let s=e.preload.get(),l=t.mediaElement.get();l&&Za(s)&&l.preload!==s&&(l.preload=s)});return()=>{a(),o()}}var Iy={stateKeys:["preload","presentation"],contextKeys:["mediaElement"],setup:rE};var aE="X-TIMESTAMP-MAP=";function My(e){let t=e.split(/\r\n|\r|\n/).find(i=>i.startsWith(aE));return t?sE(t.slice(16)):void 0}var oE={LOCAL:dE,MPEGTS:e=>+e};function sE(e){return Object.fromEntries(e.split(",").map(t=>{let[i,n]=t.split(/:(.*)/).map(r=>r.trim());return[i?.toLowerCase(),oE[i](n)]}))}var lE=[3600,60,1,.001];function dE(e){let t=e.split(/[:.]/);return t.reduce((i,n,r)=>i+ +n*(lE[r+4-t.length]??0),0)}async function Ry(e){let t=await fetch(e).then(i=>i.text());return{timestampMap:My(t)}}function Fc(e){return e instanceof Uint8Array?new DataView(e.buffer,e.byteOffset,e.byteLength):new DataView(e)}function jc(e,t){return String.fromCharCode(e.getUint8(t),e.getUint8(t+1),e.getUint8(t+2),e.getUint8(t+3))}function*Dy(e,t=0,i=e.byteLength){let n=t;for(;n+8<=i;){let r=e.getUint32(n),a=jc(e,n+4),o=n+8;if(r===1?(r=Number(e.getBigUint64(n+8)),o=n+16):r===0&&(r=i-n),r<o-n)return;yield{type:a,start:n,dataStart:o,end:n+r},n+=r}}function*_c(e,t,i=0,n=e.byteLength){for(let r of Dy(e,i,n))r.type===t&&(yield r)}function Ct(e,t,i=0,n=e.byteLength){let[r,...a]=t;for(let o of Dy(e,i,n)){if(o.type!==r)continue;if(a.length===0)return o;let s=Ct(e,a,o.dataStart,o.end);if(s)return s}}function Qa(e,t){return e.getUint8(t)}function Oy(e,t){let i=Fc(e),n=Ct(i,["moov"]);if(n)for(let r of _c(i,"trak",n.dataStart,n.end)){if(pE(i,r)!==t)continue;let a=Ct(i,["tkhd"],r.dataStart,r.end),o=Ct(i,["mdia","mdhd"],r.dataStart,r.end);return!a||!o?void 0:{trackId:i.getUint32(a.dataStart+4+(Qa(i,a.dataStart)===1?16:8)),timescale:cE(i,o)}}}function Ly(e,t){let i=Fc(e),n=Ct(i,["moof"]);if(n)for(let r of _c(i,"traf",n.dataStart,n.end)){if(mE(i,r)!==t)continue;let a=Ct(i,["tfdt"],r.dataStart,r.end);return a?uE(i,a):void 0}}function cE(e,t){return e.getUint32(t.dataStart+4+(Qa(e,t.dataStart)===1?16:8))}function uE(e,t){let i=t.dataStart+4;return Qa(e,t.dataStart)===1?Number(e.getBigUint64(i)):e.getUint32(i)}function pE(e,t){let i=Ct(e,["mdia","hdlr"],t.dataStart,t.end);return i?jc(e,i.dataStart+8):void 0}function mE(e,t){let i=Ct(e,["tfhd"],t.dataStart,t.end);return i?e.getUint32(i.dataStart+4):void 0}function fE(e){if(e.length===1)return e[0];let t=e.reduce((r,a)=>r+a.length,0),i=new Uint8Array(t),n=0;for(let r of e)i.set(r,n),n+=r.length;return i}async function*hE(e,t){yield*e;for(let i=await t.next();!i.done;i=await t.next())yield i.value}async function Uc(e,t){let i=e[Symbol.asyncIterator](),n=[];for(let r=await i.next();!r.done&&(n.push(r.value),!t(fE(n)));r=await i.next());return hE(n,i)}function Vy(e){return e.state}function Ny(e){return Vy(e).mediaContainerData}function zy(e,t,i){fe(e,n=>({...n,[t]:{...n?.[t],...i}}))}function Fy(e){return new Promise(t=>{let i;i=Y(()=>{let n=e();n!==void 0&&(i?.(),t(n))})})}function Bc(e,t){let i=e==="video"?"vide":"soun",n=async(o,s,l)=>{let{op:d}=o;if(d.type!=="append-init"||!o.data)return;let c=Ny(l);Z(c)?.[e]?.timescale===void 0&&(o.data=await Uc(o.data,u=>{let p=Oy(u,i);return p===void 0?!1:(zy(c,e,{trackId:p.trackId,timescale:p.timescale}),!0)}))},r=async(o,s,l)=>{let{op:d}=o;if(d.type!=="append-segment"||!o.data)return;let c=Ny(l),u=Z(c)?.[e];if(u?.baseMediaDecodeTime!==void 0)return;let{trackId:p}=u??{};if(p===void 0)return;let m=d.meta.startTime;o.data=await Uc(o.data,h=>{let g=Ly(h,p);return g===void 0?!1:(zy(c,e,{baseMediaDecodeTime:g,segmentStartTime:m}),!0)})},a=async(o,s,l)=>{if(o.op.type!=="append-segment")return;let d=Vy(l),c=Z(d.mediaContainerData)?.[e];if(c?.timescale===void 0||c.baseMediaDecodeTime===void 0||c.segmentStartTime===void 0)return;let u=await Fy(()=>{let p=d.mediaContainerData.get();if(p)return t(p,{selectedVideoTrackId:d.selectedVideoTrackId?.get(),selectedAudioTrackId:d.selectedAudioTrackId?.get()})[e]});s.aborted||u===0||(o.meta={...o.meta??o.op.meta,timestampOffset:-u})};return()=>({remove:[fi],"append-init":[ir,n,fi],"append-segment":[ir,r,a,fi]})}var gE=async(e,t,i)=>{let[n,r]=await Promise.all([qa(i).resolveSegment(e.op.segment.url),Ry(e.op.segment.url)]);t.aborted||(e.cues=n,e.metadata=r)},bE=async(e,t,i)=>{if(!e.cues?.length)return;let n=i.state,r=await Fy(()=>{let s=n.presentation.get();if(!s)return;let l=n.selectedVideoTrackId.get()??n.selectedAudioTrackId.get();return l!==void 0?me(s,l)?.startMediaTime:Ae(s,"video").length>0||Ae(s,"audio").length>0?void 0:0});if(t.aborted)return;let{timestampMap:a}=e.metadata??{},o=(a?a.mpegts/9e4-a.local:0)-r;if(o!==0)for(let s of e.cues)s.startTime+=o,s.endTime+=o},jy=()=>[gE,bE,kc];var xE={video:1004,audio:1005},TE=new Set(["video","audio"]);function _y(e){if(!TE.has(e.type))return[];let t=[],i={trackType:e.type,trackId:e.id},n=xE[e.type];return n!==void 0&&Gi.has(e.mimeType)&&t.push({code:n,data:{...i,mimeType:e.mimeType}}),De(e)?.encrypted&&t.push({code:4008,data:i}),t}var wE=zb(["userVideoTrackSelection","userAudioTrackSelection","userTextTrackSelection","disableRemotePlayback"]);function Uy(e={}){let t=e.deriveStartMediaTime??xc,i={...e,deriveStartMediaTime:t,attachMediaSource:Mv,canPlayTrack:e.canPlayTrack??Fv,reportUnsupportedTrackConditions:e.reportUnsupportedTrackConditions??_y,resolveTextTrackSegment:e.resolveTextTrackSegment??Vb,textMessagePipelines:jy,resolveDuration:e.resolveDuration??qv,parsePresentation:e.parsePresentation??Hv,addSubtitlesTracksToMedia:e.addSubtitlesTracksToMedia??_v,getShowingSubtitlesTrackFromMedia:e.getShowingSubtitlesTrackFromMedia??Uv,removeAllSubtitlesTracksFromMedia:e.removeAllSubtitlesTracksFromMedia??Bv,videoMessagePipelines:Bc("video",t),audioMessagePipelines:Bc("audio",t),gateFirstParse:nv,resolveLiveLatency:_a,reschedule:e.reschedule??Ev(Db)};return Nb([Iy,tv,wy,Kv,Ay,av,Ey,Cy,Py,Wv,gy,xy,rv,fy,hy,Gv,ev,$v,ky,Tv,wv,Sv,Hb,qb,by,ty,Jv,ey,vy,Jb,Wb,wE],{config:i,initialState:{bandwidthState:{fastEstimate:0,fastTotalWeight:0,slowEstimate:0,slowTotalWeight:0,bytesSampled:0}}})}var By="Can't play this source: it requires an unsupported playback feature.";var Hy="Low-Latency HLS is unsupported; playing as standard live at higher latency.",qy="DVR support for EVENT playlists is experimental.";function Wy(e,t){let{alternativeMediaSuggestion:i}=t.constructor,n=i?.trim();return n?`${e} ${n}`:e}function Ky(e,t){return e?.find(i=>t.has(i.code))}var SE=new Set([1004,1005,4008]);function Gy(e){return e?.some(t=>SE.has(t.code))??!1}function EE(e,t){if(!te(e)||!t)return NaN;let i=me(e,t);if(!i||!ce(i))return NaN;let n=De(i);return n?n.playlistType==="EVENT"?Number.POSITIVE_INFINITY:ja(n)==="live"?0:NaN:NaN}var CE=new Set([2011,2012]);function Hc(e){class t extends e{static defaultProps={src:"",preload:"",disableRemotePlayback:!1,streamType:Ue.UNKNOWN};static get alternativeMediaSuggestion(){}#e;#t;#i;#n=t.defaultProps.preload;#r=t.defaultProps.disableRemotePlayback;#a=t.defaultProps.streamType;#o=!1;#l=NaN;#s=null;#d=null;#c=new Set;#u;#p;#f=null;constructor(...n){super(...n);let{config:r}=n?.[0]??{};this.#t=r,this.#e=this.#y(),this.#u=Y(()=>{let a=this.#i.state.presentation.get();this.#m(a?.streamType??Ue.UNKNOWN),this.#g(EE(a,Ua(this.#i.state))),this.#x(a)}),this.#p=Y(()=>{let a=this.#i.state.errors.get();this.#b(Ky(a,CE),a)})}get engine(){return this.#e}get error(){return this.#s}get streamType(){return this.#a}set streamType(n){if(n===Ue.UNKNOWN){this.#o=!1,this.#h(this.#i.state.presentation.get()?.streamType??Ue.UNKNOWN);return}this.#o=!0,this.#h(n)}get liveEdgeStart(){return Ui({state:this.#i.state,config:{resolveLiveLatency:_a}})?.liveEdgeStart??NaN}get targetLiveWindow(){return this.#l}#m(n){this.#o||this.#h(n)}#h(n){this.#a!==n&&(this.#a=n,this.dispatchEvent?.(new Event("streamtypechange")))}#g(n){Object.is(this.#l,n)||(this.#l=n,this.dispatchEvent?.(new Event("targetlivewindowchange")))}#b(n,r){if(!n){this.#s=null,this.#d=null;return}if(this.#d===n.code)return;this.#d=n.code;let a=Gy(r);a&&console.error(this.#v(By),{conditions:r}),this.#s={code:a?99001:n.code,message:n.message??"",...n.data===void 0?{}:{data:n.data}},this.dispatchEvent?.(new Event("error"))}attach(n){super.attach?.(n),this.#i.context.mediaElement.set(n)}detach(){this.#k(),this.#i.context.mediaElement.set(void 0),super.detach?.()}destroy(){this.#k(),this.#u(),this.#p(),this.#e.destroy()}get preload(){return this.#n}set preload(n){this.#n=n,n&&this.#i.state.preload.set(n)}get disableRemotePlayback(){return this.#r}set disableRemotePlayback(n){this.#r=n,this.#i.state.disableRemotePlayback.set(n)}get src(){return this.#i.state.presentation.get()?.url??""}set src(n){n!==this.src&&(this.#k(),this.#i.state.presentation.set(n?{url:n}:void 0))}play(){let n=this.#i.context.mediaElement.get();return n?(this.#i.state.loadActivated.set(!0),n.play().catch(r=>{if(this.src)return new Promise((a,o)=>{let s=()=>{this.#f=null,n.play().then(a,o)};this.#f=s,n.addEventListener("loadstart",s,{once:!0})});throw r})):Promise.reject(new Error("HlsVideoAdapterCore: no media element attached"))}#v(n){return Wy(n,this)}#x(n){if(!te(n)){this.#c.clear();return}let r=Ua(this.#i.state),a=r?me(n,r):void 0;if(!a||!ce(a))return;let o=De(a);o&&(o.lowLatency&&!this.#c.has("lowLatency")&&(this.#c.add("lowLatency"),console.warn(this.#v(Hy))),o.playlistType==="EVENT"&&!this.#c.has("dvr")&&(this.#c.add("dvr"),console.warn(this.#v(qy))))}#y(){return Uy({...this.#t,onSignalsReady:n=>{this.#i=n}})}#k(){this.#f&&(this.#i.context.mediaElement.get()?.removeEventListener("loadstart",this.#f),this.#f=null)}}return t}var Tee=class extends Hc(class{}){};function $y(e){return e?Xy({tracks:Ae(e,"video"),keyFn:Wc}):[]}function Yy(e){return e?Xy({tracks:Ae(e,"audio"),keyFn:Kc}):[]}function qc(e,t){if(!e||!t)return;let i=me(e,t);return i?.type==="video"?i:void 0}function Ja(e,t){if(!e||!t)return;let i=me(e,t);return i?.type==="audio"?i:void 0}function PE(e,t){for(let i in e)if(e[i]!==t[i])return!1;return!0}function Xy({tracks:e,keyFn:t}){let i=[],n=[];for(let r of e){let a=t(r);!a||i.some(o=>PE(o,a))||(i.push(a),n.push(r))}return n}function Wc(e){return e?{width:e.width,height:e.height,bandwidth:e.bandwidth}:void 0}function Kc(e){return e?{language:e.language,name:e.name}:void 0}function Gc(e,t){return!!t&&e.width===t.width&&e.height===t.height&&e.bandwidth===t.bandwidth}function eo(e,t){return!!t&&(e.language??"")===(t.language??"")&&e.name===t.name}var Zy=e=>e.frameRateNumerator/(e.frameRateDenominator??1);var Qy=e=>({width:e.width,height:e.height,bandwidth:e.bitrate}),$c=e=>({language:e.language,name:e.label}),Jy=(e,t)=>e.length===t.length&&e.every((i,n)=>i.id===t[n].id);function ek(e){class t extends e{#e=new AbortController;#t=!1;#i=[];#n=[];constructor(...n){super(...n);let{state:r}=this.engine,{signal:a}=this.#e,o=K(()=>$y(r.presentation.get()),{equals:Jy}),s=K(()=>Yy(r.presentation.get()),{equals:Jy}),l=()=>{let g=o.get();if(this.#i=g,this.#o(),!g.length)return;let f=this.addVideoTrack("main");f.selected=!0;let y=Oe(()=>qc(r.presentation.get(),r.selectedVideoTrackId.get()));for(let w of g){let I=f.addRendition("",w.width,w.height,w.codecs.join(","),w.bandwidth,w.frameRate?Zy(w.frameRate):void 0);I.id=w.id,I.active=Gc(Qy(I),y)}},d=()=>{let g=qc(r.presentation.get(),r.selectedVideoTrackId.get());for(let f of this.videoRenditions)f.active=Gc(Qy(f),g)},c=()=>{let g=s.get();if(this.#n=g,this.#l(),!g.length)return;let f=Oe(()=>Ja(r.presentation.get(),r.selectedAudioTrackId.get()));for(let y of g){let w=this.addAudioTrack(y.default?"main":"alternative",y.name,y.language??"");w.id=y.id,w.enabled=eo($c(w),f)}},u=()=>{let g=Ja(r.presentation.get(),r.selectedAudioTrackId.get());for(let f of this.audioTracks)f.enabled=eo($c(f),g)},p=K(()=>r.presentation.get()?.url),m=()=>{p.get(),r.userVideoTrackSelection.set(void 0),r.userAudioTrackSelection.set(void 0)},h=[Y(l),Y(d),Y(c),Y(u),Y(m)];this.videoRenditions.addEventListener("change",this.#r,{signal:a}),this.audioTracks.addEventListener("change",this.#a,{signal:a}),a.addEventListener("abort",()=>h.forEach(g=>g()),{once:!0})}destroy(){this.#t||(this.#t=!0,this.#e.abort(),this.#o(),this.#l(),super.destroy?.())}#r=()=>{let{userVideoTrackSelection:n}=this.engine.state,r=this.videoRenditions.selectedIndex,a=r<0?void 0:this.videoRenditions[r],o=this.#i.find(s=>s.id===a?.id);n.set(Wc(o))};#a=()=>{let{presentation:n,selectedAudioTrackId:r,userAudioTrackSelection:a}=this.engine.state,o=Ja(n.get(),r.get()),s=[...this.audioTracks].find(u=>eo($c(u),o)),l=[...this.audioTracks].filter(u=>u.enabled),d=l.find(u=>u!==s)??l[0];if(!d)return;for(let u of l)u!==d&&(u.enabled=!1);if(d===s)return;let c=this.#n.find(u=>u.id===d.id);a.set(Kc(c))};#o(){for(let n of[...this.videoTracks])this.removeVideoTrack(n)}#l(){for(let n of[...this.audioTracks])this.removeAudioTrack(n)}}return t}var $i=class extends Event{rendition;constructor(e,t){super(e),this.rendition=t.rendition}};var Yc=new WeakMap;function P(e){return Yc.get(e)??AE(e,{})}function AE(e,t){let i=Yc.get(e);return i||Yc.set(e,i={}),Object.assign(i,t)}function tk(e,t){let i=P(e).media?.deref()?.audioRenditions;P(t).media=P(e).media,P(t).track=e;let n=P(e).renditionSet;n.add(t);let r=n.size-1;r in to.prototype||Object.defineProperty(to.prototype,r,{get(){return Yi(this)[r]}}),queueMicrotask(()=>{!i||!e.enabled||i.dispatchEvent(new $i("addrendition",{rendition:t}))})}function ik(e){let t=P(e).media?.deref()?.audioRenditions,i=P(e).track;P(i).renditionSet.delete(e),queueMicrotask(()=>{!t||!i.enabled||t.dispatchEvent(new $i("removerendition",{rendition:e}))})}function nk(e){let t=P(e).media?.deref()?.audioRenditions;!t||P(t).changeRequested||(P(t).changeRequested=!0,queueMicrotask(()=>{delete P(t).changeRequested,P(e).track.enabled&&t.dispatchEvent(new Event("change"))}))}function Yi(e){let t=P(e).media?.deref();return t?[...t.audioTracks].filter(i=>i.enabled).flatMap(i=>[...P(i).renditionSet]):[]}var to=class extends EventTarget{#e;#t;#i;[Symbol.iterator](){return Yi(this).values()}get length(){return Yi(this).length}getRenditionById(e){return Yi(this).find(t=>`${t.id}`==`${e}`)??null}get selectedIndex(){return Yi(this).findIndex(e=>e.selected)}set selectedIndex(e){for(let[t,i]of Yi(this).entries())i.selected=t===e}get onaddrendition(){return this.#e}set onaddrendition(e){this.#e&&(this.removeEventListener("addrendition",this.#e),this.#e=void 0),V(e)&&(this.#e=e,this.addEventListener("addrendition",e))}get onremoverendition(){return this.#t}set onremoverendition(e){this.#t&&(this.removeEventListener("removerendition",this.#t),this.#t=void 0),V(e)&&(this.#t=e,this.addEventListener("removerendition",e))}get onchange(){return this.#i}set onchange(e){this.#i&&(this.removeEventListener("change",this.#i),this.#i=void 0),V(e)&&(this.#i=e,this.addEventListener("change",e))}};var rk=class{src;id;bitrate;codec;#e=!1;get selected(){return this.#e}set selected(e){this.#e!==e&&(this.#e=e,nk(this))}};var Xi=class extends Event{track;constructor(e,t){super(e),this.track=t.track}};function no(e,t){let i=e.audioTracks;P(t).media=new WeakRef(e),P(t).renditionSet||(P(t).renditionSet=new Set);let n=P(i).trackSet;n.add(t);let r=n.size-1;r in io.prototype||Object.defineProperty(io.prototype,r,{get(){return[...P(this).trackSet][r]}}),queueMicrotask(()=>{i.dispatchEvent(new Xi("addtrack",{track:t}))})}function ro(e){let t=P(e).media?.deref()?.audioTracks;t&&P(t).trackSet.delete(e)&&queueMicrotask(()=>{t.dispatchEvent(new Xi("removetrack",{track:e}))})}function ak(e){let t=P(e).media?.deref()?.audioTracks;!t||P(t).changeRequested||(P(t).changeRequested=!0,queueMicrotask(()=>{delete P(t).changeRequested,t.dispatchEvent(new Event("change"))}))}var io=class extends EventTarget{#e;#t;#i;constructor(){super(),P(this).trackSet=new Set}get#n(){return P(this).trackSet}[Symbol.iterator](){return this.#n.values()}get length(){return this.#n.size}getTrackById(e){return[...this.#n].find(t=>t.id===e)??null}get onaddtrack(){return this.#e}set onaddtrack(e){this.#e&&(this.removeEventListener("addtrack",this.#e),this.#e=void 0),V(e)&&(this.#e=e,this.addEventListener("addtrack",e))}get onremovetrack(){return this.#t}set onremovetrack(e){this.#t&&(this.removeEventListener("removetrack",this.#t),this.#t=void 0),V(e)&&(this.#t=e,this.addEventListener("removetrack",e))}get onchange(){return this.#i}set onchange(e){this.#i&&(this.removeEventListener("change",this.#i),this.#i=void 0),V(e)&&(this.#i=e,this.addEventListener("change",e))}};var ao=class{id;kind;label="";language="";sourceBuffer;#e=!1;addRendition(e,t,i){let n=new rk;return n.src=e,n.codec=t,n.bitrate=i,tk(this,n),n}removeRendition(e){ik(e)}get enabled(){return this.#e}set enabled(e){this.#e!==e&&(this.#e=e,ak(this))}};function ok(e,t){let i=P(e).media?.deref()?.videoRenditions;P(t).media=P(e).media,P(t).track=e;let n=P(e).renditionSet;n.add(t);let r=n.size-1;r in oo.prototype||Object.defineProperty(oo.prototype,r,{get(){return Zi(this)[r]}}),queueMicrotask(()=>{!i||!e.selected||i.dispatchEvent(new $i("addrendition",{rendition:t}))})}function sk(e){let t=P(e).media?.deref()?.videoRenditions,i=P(e).track;P(i).renditionSet.delete(e),queueMicrotask(()=>{!t||!i.selected||t.dispatchEvent(new $i("removerendition",{rendition:e}))})}function lk(e){let t=P(e).media?.deref()?.videoRenditions;!t||P(t).changeRequested||(P(t).changeRequested=!0,queueMicrotask(()=>{delete P(t).changeRequested,P(e).track.selected&&t.dispatchEvent(new Event("change"))}))}function dk(e){let t=P(e).media?.deref()?.videoRenditions;!t||P(t).activeChangeRequested||(P(t).activeChangeRequested=!0,queueMicrotask(()=>{delete P(t).activeChangeRequested,P(e).track.selected&&t.dispatchEvent(new Event("activechange"))}))}function Zi(e){let t=P(e).media?.deref();return t?[...t.videoTracks].filter(i=>i.selected).flatMap(i=>[...P(i).renditionSet]):[]}var oo=class extends EventTarget{#e;#t;#i;[Symbol.iterator](){return Zi(this).values()}get length(){return Zi(this).length}getRenditionById(e){return Zi(this).find(t=>`${t.id}`==`${e}`)??null}get selectedIndex(){return Zi(this).findIndex(e=>e.selected)}set selectedIndex(e){for(let[t,i]of Zi(this).entries())i.selected=t===e}get onaddrendition(){return this.#e}set onaddrendition(e){this.#e&&(this.removeEventListener("addrendition",this.#e),this.#e=void 0),V(e)&&(this.#e=e,this.addEventListener("addrendition",e))}get onremoverendition(){return this.#t}set onremoverendition(e){this.#t&&(this.removeEventListener("removerendition",this.#t),this.#t=void 0),V(e)&&(this.#t=e,this.addEventListener("removerendition",e))}get onchange(){return this.#i}set onchange(e){this.#i&&(this.removeEventListener("change",this.#i),this.#i=void 0),V(e)&&(this.#i=e,this.addEventListener("change",e))}};var ck=class{src;id;width;height;bitrate;frameRate;codec;#e=!1;#t=!1;get selected(){return this.#e}set selected(e){this.#e!==e&&(this.#e=e,lk(this))}get active(){return this.#t}set active(e){this.#t!==e&&(this.#t=e,dk(this))}};function lo(e,t){let i=e.videoTracks;P(t).media=new WeakRef(e),P(t).renditionSet||(P(t).renditionSet=new Set);let n=P(i).trackSet;n.add(t);let r=n.size-1;r in so.prototype||Object.defineProperty(so.prototype,r,{get(){return[...P(this).trackSet][r]}}),queueMicrotask(()=>{i.dispatchEvent(new Xi("addtrack",{track:t}))})}function co(e){let t=P(e).media?.deref()?.videoTracks;t&&P(t).trackSet.delete(e)&&queueMicrotask(()=>{t.dispatchEvent(new Xi("removetrack",{track:e}))})}function uk(e){let t=P(e).media?.deref()?.videoTracks??[],i=!1;for(let n of t)n!==e&&(n.selected=!1,i=!0);i&&(P(t).changeRequested||(P(t).changeRequested=!0,queueMicrotask(()=>{delete P(t).changeRequested,t.dispatchEvent(new Event("change"))})))}var so=class extends EventTarget{#e;#t;#i;constructor(){super(),P(this).trackSet=new Set}get#n(){return P(this).trackSet}[Symbol.iterator](){return this.#n.values()}get length(){return this.#n.size}getTrackById(e){return[...this.#n].find(t=>t.id===e)??null}get selectedIndex(){return[...this.#n].findIndex(e=>e.selected)}get onaddtrack(){return this.#e}set onaddtrack(e){this.#e&&(this.removeEventListener("addtrack",this.#e),this.#e=void 0),V(e)&&(this.#e=e,this.addEventListener("addtrack",e))}get onremovetrack(){return this.#t}set onremovetrack(e){this.#t&&(this.removeEventListener("removetrack",this.#t),this.#t=void 0),V(e)&&(this.#t=e,this.addEventListener("removetrack",e))}get onchange(){return this.#i}set onchange(e){this.#i&&(this.removeEventListener("change",this.#i),this.#i=void 0),V(e)&&(this.#i=e,this.addEventListener("change",e))}};var uo=class{id;kind;label="";language="";sourceBuffer;#e=!1;addRendition(e,t,i,n,r,a){let o=new ck;return o.src=e,o.width=t,o.height=i,o.frameRate=a,o.bitrate=r,o.codec=n,ok(this,o),o}removeRendition(e){sk(e)}get selected(){return this.#e}set selected(e){this.#e!==e&&(this.#e=e,e===!0&&uk(this))}};var fk=globalThis.HTMLMediaElement,pk=po(fk,"video"),mk=po(fk,"audio");function Xc(e){if(!e?.prototype)return e;let t=e.prototype,i=po(e,"video");(!i||`${i}`.includes("[native code]"))&&Object.defineProperty(t,"videoTracks",{get(){return RE(this)}});let n=po(e,"audio");if((!n||`${n}`.includes("[native code]"))&&Object.defineProperty(t,"audioTracks",{get(){return DE(this)}}),gi(t,"addVideoTrack")||(t.addVideoTrack=function(r,a="",o=""){let s=new uo;return s.kind=r,s.label=a,s.language=o,lo(this,s),s}),gi(t,"removeVideoTrack")||(t.removeVideoTrack=co),gi(t,"addAudioTrack")||(t.addAudioTrack=function(r,a="",o=""){let s=new ao;return s.kind=r,s.label=a,s.language=o,no(this,s),s}),gi(t,"removeAudioTrack")||(t.removeAudioTrack=ro),!gi(t,"detach")){let r=t.detach;t.detach=function(){let a=P(this);a.videoTracksCleanup?.abort(),a.audioTracksCleanup?.abort(),delete a.videoTracks,delete a.audioTracks,delete a.videoTracksCleanup,delete a.audioTracksCleanup,r?.call(this)}}return gi(t,"videoRenditions")||Object.defineProperty(t,"videoRenditions",{get(){return IE(this)}}),gi(t,"audioRenditions")||Object.defineProperty(t,"audioRenditions",{get(){return ME(this)}}),e}function gi(e,t){return Object.hasOwn(e,t)}function IE(e){let t=P(e).videoRenditions;return t||(t=new oo,P(t).media=new WeakRef(e),P(e).videoRenditions=t),t}function ME(e){let t=P(e).audioRenditions;return t||(t=new to,P(t).media=new WeakRef(e),P(e).audioRenditions=t),t}function po(e,t){if(e?.prototype)return Object.getOwnPropertyDescriptor(e.prototype,`${t}Tracks`)?.get}function hk(e){return ko(e,["addEventListener","removeEventListener"])}function RE(e){let t=P(e).videoTracks;if(!t){t=new so,P(e).videoTracks=t;let i=e.target,n=pk&&i?pk.call(i):void 0;if(hk(n)){let r=t;for(let u of n)lo(e,u);let a=()=>{r.dispatchEvent(new Event("change"))},o=u=>{[...r].some(p=>p instanceof uo)||lo(e,u.track)},s=u=>{co(u.track)},l=u=>{if(u.track instanceof uo)for(let p of n)co(p)},d=new AbortController,{signal:c}=d;P(e).videoTracksCleanup=d,n.addEventListener("change",a,{signal:c}),n.addEventListener("addtrack",o,{signal:c}),n.addEventListener("removetrack",s,{signal:c}),r.addEventListener("addtrack",l,{signal:c})}}return t}function DE(e){let t=P(e).audioTracks;if(!t){t=new io,P(e).audioTracks=t;let i=e.target,n=mk&&i?mk.call(i):void 0;if(hk(n)){let r=t;for(let u of n)no(e,u);let a=()=>{r.dispatchEvent(new Event("change"))},o=u=>{[...r].some(p=>p instanceof ao)||no(e,u.track)},s=u=>{ro(u.track)},l=u=>{if(u.track instanceof ao)for(let p of n)ro(p)},d=new AbortController,{signal:c}=d;P(e).audioTracksCleanup=d,n.addEventListener("change",a,{signal:c}),n.addEventListener("addtrack",o,{signal:c}),n.addEventListener("removetrack",s,{signal:c}),r.addEventListener("addtrack",l,{signal:c})}}return t}var OE=ek(Xc(Hc(rc))),Zc=class extends OE{};var gk=class extends ub(nc("video",Zc)){};var LE=class extends gk{static{this.tagName="hls-video"}};k(LE);async function vk(e){let t=new URL(`/api/v1/playback/${encodeURIComponent(e.slug)}`,location.href);e.token!==null&&t.searchParams.set("token",e.token);let i;try{i=await fetch(t,{cache:"no-store",headers:{Accept:"application/json"}})}catch(n){return{kind:"unavailable",detail:String(n)}}if(i.status===403||i.status===401)return{kind:"forbidden"};if(i.status===404)return{kind:"not-found"};if(!i.ok)return{kind:"unavailable",detail:`HTTP ${i.status}`};try{return{kind:"ok",playback:await i.json()}}catch(n){return{kind:"unavailable",detail:String(n)}}}function yk(e,t){let i=new URL(e,location.href);return i.searchParams.set("vsid",t.vsid),t.token!==null&&i.searchParams.set("token",t.token),i.toString()}function kk(){let e="sender.vsid";try{let t=sessionStorage.getItem(e);if(t!==null&&/^[0-9a-f]{32}$/.test(t))return t;let i=bk();return sessionStorage.setItem(e,i),i}catch{return bk()}}function bk(){let e=crypto.getRandomValues(new Uint8Array(16));return Array.from(e,t=>t.toString(16).padStart(2,"0")).join("")}var mo=class{constructor(t){this.viewer=t}viewer;sent=0;failed=0;send(t,i,n={}){let r={...n,stream:this.viewer.slug,vsid:this.viewer.vsid,type:t,generation_id:i};this.viewer.token!==null&&(r.token=this.viewer.token),this.sent+=1,fetch(new URL("/api/v1/player/events",location.href),{method:"POST",headers:{"Content-Type":"application/json"},body:JSON.stringify(r),keepalive:!0,cache:"no-store"}).then(a=>{a.ok||(this.failed+=1)},()=>{this.failed+=1})}};function Tk(e,t,i){return e==="spf"?new Qc(t):new Jc(t,i)}function NE(e){let t;try{t=new URL(e,location.href).pathname.split("/")}catch{return null}return t.length>=2&&decodeURIComponent(t[t.length-2]??"")||null}function wk(e){e.setAttribute("autoplay",""),e.setAttribute("muted",""),e.setAttribute("playsinline",""),e.setAttribute("crossorigin","anonymous")}var Qc=class{kind="spf";element;constructor(t){this.element=document.createElement("hls-video"),wk(this.element),this.element.addEventListener("error",()=>{let i=this.element.error;t.error(i?`${i.code}: ${i.message}`.trim():"playback error")})}video(){return this.element.shadowRoot?.querySelector("video")??null}load(t){this.element.setAttribute("src",t),this.element.play().catch(()=>{})}latency(){return null}pin(){}quality(){return null}destroy(){this.element.removeAttribute("src"),this.element.remove()}},Jc=class{constructor(t,i){this.events=t;this.options=i;this.element=document.createElement("video"),wk(this.element),this.element.muted=!0,this.element.addEventListener("error",()=>{this.hls===null&&this.element.error&&t.error(`media error ${this.element.error.code}: ${this.element.error.message}`)})}events;options;kind="hlsjs";element;hls=null;destroyed=!1;video(){return this.element}load(t){this.loadAsync(t)}async loadAsync(t){let{default:i}=await import(new URL("./hls.light-1.7.4.min.mjs",import.meta.url).href);if(this.destroyed)return;if(this.hls?.destroy(),this.hls=null,!i.isSupported()){this.element.src=t,this.element.play().catch(()=>{});return}let n=new i({lowLatencyMode:this.options.lowLatency,enableWorker:!1,backBufferLength:30});this.hls=n;let r=0;n.on(i.Events.ERROR,(o,s)=>{if(s.fatal){if(r<3&&s.type===i.ErrorTypes.MEDIA_ERROR){r+=1,n.recoverMediaError();return}if(r<3&&s.type===i.ErrorTypes.NETWORK_ERROR){r+=1,n.startLoad();return}this.events.error(`${s.type}: ${s.details}`)}});let a=()=>this.events.levels(xk(n));n.on(i.Events.MANIFEST_PARSED,a),n.on(i.Events.LEVELS_UPDATED,a),n.on(i.Events.LEVEL_SWITCHED,(o,s)=>this.events.playing(s.level)),n.attachMedia(this.element),n.loadSource(t),this.element.play().catch(()=>{})}latency(){let t=this.hls;if(t===null)return null;let i=t.playingDate;return i===null?null:(Date.now()-i.getTime())/1e3}pin(t){let i=this.hls;i===null||t>=i.levels.length||(i.nextLevel=t<0?-1:t)}quality(){let t=this.hls;if(t===null)return null;let i=t.bandwidthEstimate;return{auto:t.autoLevelEnabled,playing:t.currentLevel,loading:t.loadLevel,pinned:t.manualLevel,estimate_bps:Number.isFinite(i)?Math.round(i):null,variants:xk(t)}}destroy(){this.destroyed=!0,this.hls?.destroy(),this.hls=null,this.element.removeAttribute("src"),this.element.remove()}};function xk(e){return e.levels.map((t,i)=>({index:i,width:t.width||null,height:t.height||null,bitrate:t.bitrate,rendition:NE(t.uri)}))}var zE="source",nr="auto";function VE(e,t){let i=a=>a.height??t.find(o=>o.name===a.rendition)?.height??null,n=e.map(a=>{let o=i(a);return o!==null?`${o}p`:eu(a.bitrate)}),r=e.map((a,o)=>{let s=n[o]??eu(a.bitrate);return n.filter(d=>d===s).length>1&&!s.endsWith("kbit/s")&&(s+=` \xB7 ${eu(a.bitrate)}`),a.rendition===zE&&(s+=" (source)"),{index:a.index,label:s,bitrate:a.bitrate}});return r.sort((a,o)=>o.bitrate-a.bitrate||a.index-o.index),[{index:-1,label:"Auto"},...r.map(({index:a,label:o})=>({index:a,label:o}))]}function eu(e){return`${Math.round(e/1e3)} kbit/s`}var fo=class{constructor(t,i,n){this.box=t;this.select=i;i.addEventListener("change",()=>{let r=i.value;n(r===nr?-1:Number(r)),this.relabel()})}box;select;entries=[];playingIndex=-1;show(t,i,n){this.entries=VE(t,i);let r=this.entries.map(o=>{let s=document.createElement("option");return s.value=o.index<0?nr:String(o.index),s.textContent=o.label,s});this.select.replaceChildren(...r);let a=this.entries.some(o=>o.index===n);this.select.value=n>=0&&a?String(n):nr,this.box.hidden=t.length<2,this.relabel()}playing(t){this.playingIndex=t,this.relabel()}reset(){this.entries=[],this.playingIndex=-1,this.select.replaceChildren(),this.box.hidden=!0}snapshot(){return{hidden:this.box.hidden,value:this.select.value,options:Array.from(this.select.options,t=>({value:t.value,label:t.text}))}}relabel(){let t=this.select.querySelector(`option[value="${nr}"]`);if(t===null)return;let i=this.entries.find(r=>r.index===this.playingIndex&&r.index>=0),n=i!==void 0&&this.select.value===nr?`Auto \xB7 ${i.label}`:"Auto";t.textContent!==n&&(t.textContent=n),this.box.dataset.playing=i?.label??""}};var FE=3e3,jE=15e3,_E=1e4,UE={loading:"Loading\u2026",offline:"This stream is offline.",starting:"The broadcast is starting\u2026",live:"",waiting:"Waiting for the broadcaster\u2026",ended:"The broadcast has ended.",forbidden:"You are not authorised to watch this stream.","not-found":"There is no such stream.",unavailable:"The server cannot be reached. Retrying\u2026"},BE={offline:"offline",starting:"starting",live:"live",waiting:"waiting",ended:"ended"},tu=class{constructor(t,i,n){this.root=t;this.viewer=i;this.reporter=new mo(i),this.stage=Sk(t,"#stage"),this.notice=Sk(t,"#notice"),this.badge=t.querySelector("#badge"),this.title=t.querySelector("#title"),this.engineOverride=n==="spf"||n==="hlsjs"?n:null;let r=t.querySelector("#quality"),a=t.querySelector("#quality-select");this.menu=r!==null&&a!==null?new fo(r,a,o=>this.choose(o)):null}root;viewer;state="loading";current=null;player=null;reporter;stage;notice;badge;title;engineOverride;menu;renditions=[];start(){this.poll(),window.setInterval(()=>this.heartbeat(),_E)}snapshot(){return{state:this.state,generation_id:this.current?.generationId??null,engine:this.current?.engine.kind??null,url:this.current?.url??null,vsid:this.viewer.vsid,latency_s:this.current?.engine.latency()??null,events_sent:this.reporter.sent,events_failed:this.reporter.failed,quality:this.current?.engine.quality()??null,menu:this.menu?.snapshot()??null}}async poll(){let t;try{t=await vk(this.viewer),this.apply(t)}catch(n){t={kind:"unavailable",detail:String(n)},this.setState("unavailable")}let i=t.kind==="not-found"||t.kind==="forbidden";window.setTimeout(()=>{this.poll()},i?jE:FE)}apply(t){if(t.kind!=="ok"){t.kind!=="unavailable"&&this.stop(),this.setState(t.kind);return}let i=t.playback;this.setTitle(i.stream.title),this.renditions=i.renditions;let n=this.current;i.state==="live"&&i.generation_id!==null&&i.hls_url?((n===null||n.generationId!==i.generation_id)&&this.play(i),this.setState(i.publishing===!1?"waiting":"live")):i.state==="starting"?this.setState("starting"):n!==null||this.state==="ended"?this.setState("ended"):this.setState("offline")}play(t){let i=t.generation_id,n=yk(t.hls_url,this.viewer),r=t.renditions.length>1,a=this.engineOverride??(t.low_latency||r?"hlsjs":"spf");this.stop();let o=Tk(a,{error:s=>this.onError(s),levels:s=>this.onLevels(o,s),playing:s=>{this.current?.engine===o&&this.menu?.playing(s)}},{lowLatency:t.low_latency});this.mount(o),this.current={generationId:i,url:n,engine:o,loadedAt:performance.now(),started:!1,stallStart:null},o.load(n)}mount(t){let i=document.createElement("video-player"),n=document.createElement("video-skin");n.append(t.element),i.append(n),this.stage.prepend(i),this.player=i,this.watch(t)}watch(t){let i=t.video();if(i===null){window.setTimeout(()=>this.watch(t),50);return}i.addEventListener("playing",()=>this.onPlaying(t)),i.addEventListener("waiting",()=>{let n=this.current;n?.engine===t&&n.started&&n.stallStart===null&&(n.stallStart=performance.now())})}onPlaying(t){let i=this.current;if(i===null||i.engine!==t)return;let n=performance.now();if(!i.started){i.started=!0;let r=i.generationId,a=Math.round(n-i.loadedAt);this.reporter.send("startup",r,{ttff_ms:a,engine:t.kind});return}if(i.stallStart!==null){let r=Math.round(n-i.stallStart);i.stallStart=null,this.reporter.send("stall",i.generationId,{duration_ms:r})}}onLevels(t,i){this.current?.engine===t&&this.menu?.show(i,this.renditions,t.quality()?.pinned??-1)}choose(t){let i=this.current?.engine;i!==void 0&&i.pin(t)}onError(t){let i=this.current;this.reporter.send("error",i?.generationId??null,{message:t})}heartbeat(){let t=this.current;if(t===null||document.visibilityState==="hidden")return;let i=t.engine.video(),n=t.engine.latency(),r={engine:t.engine.kind,playing:i!==null&&!i.paused&&!i.ended,state:this.state};n!==null&&(r.latency_ms=Math.round(n*1e3)),this.reporter.send("heartbeat",t.generationId,r)}stop(){this.current?.engine.destroy(),this.current=null,this.menu?.reset(),this.player?.remove(),this.player=null}setTitle(t){this.title!==null&&this.title.textContent!==t&&(this.title.textContent=t);let i=`${t} \xB7 Sender`;document.title!==i&&(document.title=i)}setState(t){this.state=t,this.root.dataset.state=t,this.root.dataset.generation=this.current?.generationId??"",this.root.dataset.engine=this.current?.engine.kind??"";let i=BE[t];this.badge!==null&&(this.badge.hidden=i===void 0,this.badge.textContent=i??"",this.badge.dataset.state=i??"");let n=UE[t];this.notice.hidden=n==="",this.notice.textContent!==n&&(this.notice.textContent=n)}};function Sk(e,t){let i=e.querySelector(t);if(i===null)throw new Error(`the page has no ${t}`);return i}function HE(){let e=document.getElementById("sender-player"),t=e?.dataset.slug;if(!e||!t)return;let i=new URLSearchParams(location.search),n={slug:t,vsid:kk(),token:i.get("token")},r=new tu(e,n,i.get("engine"));window.senderPlayer=()=>r.snapshot(),r.start()}HE();
/*! Bundled license information:

@lit/context/lib/context-request-event.js:
@lit/context/lib/create-context.js:
@lit/context/lib/controllers/context-consumer.js:
@lit/context/lib/value-notifier.js:
@lit/context/lib/controllers/context-provider.js:
@lit/context/lib/context-root.js:
  (**
   * @license
   * Copyright 2021 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/context/lib/decorators/provide.js:
  (**
   * @license
   * Copyright 2017 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/context/lib/decorators/consume.js:
  (**
   * @license
   * Copyright 2022 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

signal-polyfill/dist/index.js:
  (**
   * @license
   * Copyright Google LLC All Rights Reserved.
   *
   * Use of this source code is governed by an MIT-style license that can be
   * found in the LICENSE file at https://angular.io/license
   *)
  (**
   * @license
   * Copyright 2024 Bloomberg Finance L.P.
   *
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   *     http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   *)
*/
