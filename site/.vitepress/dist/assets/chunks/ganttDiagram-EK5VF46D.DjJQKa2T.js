import{at as Lt,au as Ft,g as ke,s as me,q as ye,p as ge,a as pe,b as ve,_ as l,c as ct,d as gt,e as xe,ay as U,l as bt,k as Te,j as be,y as we,u as _e}from"./mermaid.core.B42rLjRN.js";import{t as De,m as Se,a as Ce,l as Ee,h as Me,c as jt,d as qt,e as Ae,g as Ie,i as Le,j as Fe,k as Ye,n as We,p as Ve,q as Xt,r as Ut,s as Zt,u as Qt,v as $t}from"./d3-scale.DlYbYB9H.js";import"./framework.fntC-tS-.js";function ze(t){return t}var vt=1,St=2,Ct=3,pt=4,Kt=1e-6;function Oe(t){return"translate("+t+",0)"}function Pe(t){return"translate(0,"+t+")"}function Re(t){return e=>+t(e)}function Ne(t,e){return e=Math.max(0,t.bandwidth()-e*2)/2,t.round()&&(e=Math.round(e)),n=>+t(n)+e}function Be(){return!this.__axis}function re(t,e){var n=[],i=null,s=null,m=6,d=6,D=3,E=typeof window<"u"&&window.devicePixelRatio>1?0:.5,C=t===vt||t===pt?-1:1,g=t===pt||t===St?"x":"y",L=t===vt||t===Ct?Oe:Pe;function S(v){var G=i??(e.ticks?e.ticks.apply(e,n):e.domain()),A=s??(e.tickFormat?e.tickFormat.apply(e,n):ze),x=Math.max(m,0)+D,M=e.range(),F=+M[0]+E,Y=+M[M.length-1]+E,N=(e.bandwidth?Ne:Re)(e.copy(),E),R=v.selection?v.selection():v,j=R.selectAll(".domain").data([null]),O=R.selectAll(".tick").data(G,e).order(),y=O.exit(),b=O.enter().append("g").attr("class","tick"),T=O.select("line"),p=O.select("text");j=j.merge(j.enter().insert("path",".tick").attr("class","domain").attr("stroke","currentColor")),O=O.merge(b),T=T.merge(b.append("line").attr("stroke","currentColor").attr(g+"2",C*m)),p=p.merge(b.append("text").attr("fill","currentColor").attr(g,C*x).attr("dy",t===vt?"0em":t===Ct?"0.71em":"0.32em")),v!==R&&(j=j.transition(v),O=O.transition(v),T=T.transition(v),p=p.transition(v),y=y.transition(v).attr("opacity",Kt).attr("transform",function(k){return isFinite(k=N(k))?L(k+E):this.getAttribute("transform")}),b.attr("opacity",Kt).attr("transform",function(k){var w=this.parentNode.__axis;return L((w&&isFinite(w=w(k))?w:N(k))+E)})),y.remove(),j.attr("d",t===pt||t===St?d?"M"+C*d+","+F+"H"+E+"V"+Y+"H"+C*d:"M"+E+","+F+"V"+Y:d?"M"+F+","+C*d+"V"+E+"H"+Y+"V"+C*d:"M"+F+","+E+"H"+Y),O.attr("opacity",1).attr("transform",function(k){return L(N(k)+E)}),T.attr(g+"2",C*m),p.attr(g,C*x).text(A),R.filter(Be).attr("fill","none").attr("font-size",10).attr("font-family","sans-serif").attr("text-anchor",t===St?"start":t===pt?"end":"middle"),R.each(function(){this.__axis=N})}return S.scale=function(v){return arguments.length?(e=v,S):e},S.ticks=function(){return n=Array.from(arguments),S},S.tickArguments=function(v){return arguments.length?(n=v==null?[]:Array.from(v),S):n.slice()},S.tickValues=function(v){return arguments.length?(i=v==null?null:Array.from(v),S):i&&i.slice()},S.tickFormat=function(v){return arguments.length?(s=v,S):s},S.tickSize=function(v){return arguments.length?(m=d=+v,S):m},S.tickSizeInner=function(v){return arguments.length?(m=+v,S):m},S.tickSizeOuter=function(v){return arguments.length?(d=+v,S):d},S.tickPadding=function(v){return arguments.length?(D=+v,S):D},S.offset=function(v){return arguments.length?(E=+v,S):E},S}function He(t){return re(vt,t)}function Ge(t){return re(Ct,t)}var ne={exports:{}};(function(t,e){(function(n,i){t.exports=i()})(Lt,function(){var n="day";return function(i,s,m){var d=function(C){return C.add(4-C.isoWeekday(),n)},D=s.prototype;D.isoWeekYear=function(){return d(this).year()},D.isoWeek=function(C){if(!this.$utils().u(C))return this.add(7*(C-this.isoWeek()),n);var g,L,S,v,G=d(this),A=(g=this.isoWeekYear(),L=this.$u,S=(L?m.utc:m)().year(g).startOf("year"),v=4-S.isoWeekday(),S.isoWeekday()>4&&(v+=7),S.add(v,n));return G.diff(A,"week")+1},D.isoWeekday=function(C){return this.$utils().u(C)?this.day()||7:this.day(this.day()%7?C:C-7)};var E=D.startOf;D.startOf=function(C,g){var L=this.$utils(),S=!!L.u(g)||g;return L.p(C)==="isoweek"?S?this.date(this.date()-(this.isoWeekday()-1)).startOf("day"):this.date(this.date()-1-(this.isoWeekday()-1)+7).endOf("day"):E.bind(this)(C,g)}}})})(ne);var je=ne.exports;const qe=Ft(je);var ie={exports:{}};(function(t,e){(function(n,i){t.exports=i()})(Lt,function(){var n={LTS:"h:mm:ss A",LT:"h:mm A",L:"MM/DD/YYYY",LL:"MMMM D, YYYY",LLL:"MMMM D, YYYY h:mm A",LLLL:"dddd, MMMM D, YYYY h:mm A"},i=/(\[[^[]*\])|([-_:/.,()\s]+)|(A|a|Q|YYYY|YY?|ww?|MM?M?M?|Do|DD?|hh?|HH?|mm?|ss?|S{1,3}|z|ZZ?)/g,s=/\d/,m=/\d\d/,d=/\d\d?/,D=/\d*[^-_:/,()\s\d]+/,E={},C=function(x){return(x=+x)+(x>68?1900:2e3)},g=function(x){return function(M){this[x]=+M}},L=[/[+-]\d\d:?(\d\d)?|Z/,function(x){(this.zone||(this.zone={})).offset=function(M){if(!M||M==="Z")return 0;var F=M.match(/([+-]|\d\d)/g),Y=60*F[1]+(+F[2]||0);return Y===0?0:F[0]==="+"?-Y:Y}(x)}],S=function(x){var M=E[x];return M&&(M.indexOf?M:M.s.concat(M.f))},v=function(x,M){var F,Y=E.meridiem;if(Y){for(var N=1;N<=24;N+=1)if(x.indexOf(Y(N,0,M))>-1){F=N>12;break}}else F=x===(M?"pm":"PM");return F},G={A:[D,function(x){this.afternoon=v(x,!1)}],a:[D,function(x){this.afternoon=v(x,!0)}],Q:[s,function(x){this.month=3*(x-1)+1}],S:[s,function(x){this.milliseconds=100*+x}],SS:[m,function(x){this.milliseconds=10*+x}],SSS:[/\d{3}/,function(x){this.milliseconds=+x}],s:[d,g("seconds")],ss:[d,g("seconds")],m:[d,g("minutes")],mm:[d,g("minutes")],H:[d,g("hours")],h:[d,g("hours")],HH:[d,g("hours")],hh:[d,g("hours")],D:[d,g("day")],DD:[m,g("day")],Do:[D,function(x){var M=E.ordinal,F=x.match(/\d+/);if(this.day=F[0],M)for(var Y=1;Y<=31;Y+=1)M(Y).replace(/\[|\]/g,"")===x&&(this.day=Y)}],w:[d,g("week")],ww:[m,g("week")],M:[d,g("month")],MM:[m,g("month")],MMM:[D,function(x){var M=S("months"),F=(S("monthsShort")||M.map(function(Y){return Y.slice(0,3)})).indexOf(x)+1;if(F<1)throw new Error;this.month=F%12||F}],MMMM:[D,function(x){var M=S("months").indexOf(x)+1;if(M<1)throw new Error;this.month=M%12||M}],Y:[/[+-]?\d+/,g("year")],YY:[m,function(x){this.year=C(x)}],YYYY:[/\d{4}/,g("year")],Z:L,ZZ:L};function A(x){var M,F;M=x,F=E&&E.formats;for(var Y=(x=M.replace(/(\[[^\]]+])|(LTS?|l{1,4}|L{1,4})/g,function(T,p,k){var w=k&&k.toUpperCase();return p||F[k]||n[k]||F[w].replace(/(\[[^\]]+])|(MMMM|MM|DD|dddd)/g,function(c,u,h){return u||h.slice(1)})})).match(i),N=Y.length,R=0;R<N;R+=1){var j=Y[R],O=G[j],y=O&&O[0],b=O&&O[1];Y[R]=b?{regex:y,parser:b}:j.replace(/^\[|\]$/g,"")}return function(T){for(var p={},k=0,w=0;k<N;k+=1){var c=Y[k];if(typeof c=="string")w+=c.length;else{var u=c.regex,h=c.parser,f=T.slice(w),_=u.exec(f)[0];h.call(p,_),T=T.replace(_,"")}}return function(a){var o=a.afternoon;if(o!==void 0){var r=a.hours;o?r<12&&(a.hours+=12):r===12&&(a.hours=0),delete a.afternoon}}(p),p}}return function(x,M,F){F.p.customParseFormat=!0,x&&x.parseTwoDigitYear&&(C=x.parseTwoDigitYear);var Y=M.prototype,N=Y.parse;Y.parse=function(R){var j=R.date,O=R.utc,y=R.args;this.$u=O;var b=y[1];if(typeof b=="string"){var T=y[2]===!0,p=y[3]===!0,k=T||p,w=y[2];p&&(w=y[2]),E=this.$locale(),!T&&w&&(E=F.Ls[w]),this.$d=function(f,_,a,o){try{if(["x","X"].indexOf(_)>-1)return new Date((_==="X"?1e3:1)*f);var r=A(_)(f),V=r.year,I=r.month,W=r.day,q=r.hours,z=r.minutes,P=r.seconds,$=r.milliseconds,st=r.zone,at=r.week,dt=new Date,ft=W||(V||I?1:dt.getDate()),ot=V||dt.getFullYear(),B=0;V&&!I||(B=I>0?I-1:dt.getMonth());var Q,X=q||0,nt=z||0,K=P||0,rt=$||0;return st?new Date(Date.UTC(ot,B,ft,X,nt,K,rt+60*st.offset*1e3)):a?new Date(Date.UTC(ot,B,ft,X,nt,K,rt)):(Q=new Date(ot,B,ft,X,nt,K,rt),at&&(Q=o(Q).week(at).toDate()),Q)}catch{return new Date("")}}(j,b,O,F),this.init(),w&&w!==!0&&(this.$L=this.locale(w).$L),k&&j!=this.format(b)&&(this.$d=new Date("")),E={}}else if(b instanceof Array)for(var c=b.length,u=1;u<=c;u+=1){y[1]=b[u-1];var h=F.apply(this,y);if(h.isValid()){this.$d=h.$d,this.$L=h.$L,this.init();break}u===c&&(this.$d=new Date(""))}else N.call(this,R)}}})})(ie);var Xe=ie.exports;const Ue=Ft(Xe);var se={exports:{}};(function(t,e){(function(n,i){t.exports=i()})(Lt,function(){return function(n,i){var s=i.prototype,m=s.format;s.format=function(d){var D=this,E=this.$locale();if(!this.isValid())return m.bind(this)(d);var C=this.$utils(),g=(d||"YYYY-MM-DDTHH:mm:ssZ").replace(/\[([^\]]+)]|Q|wo|ww|w|WW|W|zzz|z|gggg|GGGG|Do|X|x|k{1,2}|S/g,function(L){switch(L){case"Q":return Math.ceil((D.$M+1)/3);case"Do":return E.ordinal(D.$D);case"gggg":return D.weekYear();case"GGGG":return D.isoWeekYear();case"wo":return E.ordinal(D.week(),"W");case"w":case"ww":return C.s(D.week(),L==="w"?1:2,"0");case"W":case"WW":return C.s(D.isoWeek(),L==="W"?1:2,"0");case"k":case"kk":return C.s(String(D.$H===0?24:D.$H),L==="k"?1:2,"0");case"X":return Math.floor(D.$d.getTime()/1e3);case"x":return D.$d.getTime();case"z":return"["+D.offsetName()+"]";case"zzz":return"["+D.offsetName("long")+"]";default:return L}});return m.bind(this)(g)}}})})(se);var Ze=se.exports;const Qe=Ft(Ze);var Et=function(){var t=l(function(w,c,u,h){for(u=u||{},h=w.length;h--;u[w[h]]=c);return u},"o"),e=[6,8,10,12,13,14,15,16,17,18,20,21,22,23,24,25,26,27,28,29,30,31,33,35,36,38,40],n=[1,26],i=[1,27],s=[1,28],m=[1,29],d=[1,30],D=[1,31],E=[1,32],C=[1,33],g=[1,34],L=[1,9],S=[1,10],v=[1,11],G=[1,12],A=[1,13],x=[1,14],M=[1,15],F=[1,16],Y=[1,19],N=[1,20],R=[1,21],j=[1,22],O=[1,23],y=[1,25],b=[1,35],T={trace:l(function(){},"trace"),yy:{},symbols_:{error:2,start:3,gantt:4,document:5,EOF:6,line:7,SPACE:8,statement:9,NL:10,weekday:11,weekday_monday:12,weekday_tuesday:13,weekday_wednesday:14,weekday_thursday:15,weekday_friday:16,weekday_saturday:17,weekday_sunday:18,weekend:19,weekend_friday:20,weekend_saturday:21,dateFormat:22,inclusiveEndDates:23,topAxis:24,axisFormat:25,tickInterval:26,excludes:27,includes:28,todayMarker:29,title:30,acc_title:31,acc_title_value:32,acc_descr:33,acc_descr_value:34,acc_descr_multiline_value:35,section:36,clickStatement:37,taskTxt:38,taskData:39,click:40,callbackname:41,callbackargs:42,href:43,clickStatementDebug:44,$accept:0,$end:1},terminals_:{2:"error",4:"gantt",6:"EOF",8:"SPACE",10:"NL",12:"weekday_monday",13:"weekday_tuesday",14:"weekday_wednesday",15:"weekday_thursday",16:"weekday_friday",17:"weekday_saturday",18:"weekday_sunday",20:"weekend_friday",21:"weekend_saturday",22:"dateFormat",23:"inclusiveEndDates",24:"topAxis",25:"axisFormat",26:"tickInterval",27:"excludes",28:"includes",29:"todayMarker",30:"title",31:"acc_title",32:"acc_title_value",33:"acc_descr",34:"acc_descr_value",35:"acc_descr_multiline_value",36:"section",38:"taskTxt",39:"taskData",40:"click",41:"callbackname",42:"callbackargs",43:"href"},productions_:[0,[3,3],[5,0],[5,2],[7,2],[7,1],[7,1],[7,1],[11,1],[11,1],[11,1],[11,1],[11,1],[11,1],[11,1],[19,1],[19,1],[9,1],[9,1],[9,1],[9,1],[9,1],[9,1],[9,1],[9,1],[9,1],[9,1],[9,1],[9,2],[9,2],[9,1],[9,1],[9,1],[9,2],[37,2],[37,3],[37,3],[37,4],[37,3],[37,4],[37,2],[44,2],[44,3],[44,3],[44,4],[44,3],[44,4],[44,2]],performAction:l(function(c,u,h,f,_,a,o){var r=a.length-1;switch(_){case 1:return a[r-1];case 2:this.$=[];break;case 3:a[r-1].push(a[r]),this.$=a[r-1];break;case 4:case 5:this.$=a[r];break;case 6:case 7:this.$=[];break;case 8:f.setWeekday("monday");break;case 9:f.setWeekday("tuesday");break;case 10:f.setWeekday("wednesday");break;case 11:f.setWeekday("thursday");break;case 12:f.setWeekday("friday");break;case 13:f.setWeekday("saturday");break;case 14:f.setWeekday("sunday");break;case 15:f.setWeekend("friday");break;case 16:f.setWeekend("saturday");break;case 17:f.setDateFormat(a[r].substr(11)),this.$=a[r].substr(11);break;case 18:f.enableInclusiveEndDates(),this.$=a[r].substr(18);break;case 19:f.TopAxis(),this.$=a[r].substr(8);break;case 20:f.setAxisFormat(a[r].substr(11)),this.$=a[r].substr(11);break;case 21:f.setTickInterval(a[r].substr(13)),this.$=a[r].substr(13);break;case 22:f.setExcludes(a[r].substr(9)),this.$=a[r].substr(9);break;case 23:f.setIncludes(a[r].substr(9)),this.$=a[r].substr(9);break;case 24:f.setTodayMarker(a[r].substr(12)),this.$=a[r].substr(12);break;case 27:f.setDiagramTitle(a[r].substr(6)),this.$=a[r].substr(6);break;case 28:this.$=a[r].trim(),f.setAccTitle(this.$);break;case 29:case 30:this.$=a[r].trim(),f.setAccDescription(this.$);break;case 31:f.addSection(a[r].substr(8)),this.$=a[r].substr(8);break;case 33:f.addTask(a[r-1],a[r]),this.$="task";break;case 34:this.$=a[r-1],f.setClickEvent(a[r-1],a[r],null);break;case 35:this.$=a[r-2],f.setClickEvent(a[r-2],a[r-1],a[r]);break;case 36:this.$=a[r-2],f.setClickEvent(a[r-2],a[r-1],null),f.setLink(a[r-2],a[r]);break;case 37:this.$=a[r-3],f.setClickEvent(a[r-3],a[r-2],a[r-1]),f.setLink(a[r-3],a[r]);break;case 38:this.$=a[r-2],f.setClickEvent(a[r-2],a[r],null),f.setLink(a[r-2],a[r-1]);break;case 39:this.$=a[r-3],f.setClickEvent(a[r-3],a[r-1],a[r]),f.setLink(a[r-3],a[r-2]);break;case 40:this.$=a[r-1],f.setLink(a[r-1],a[r]);break;case 41:case 47:this.$=a[r-1]+" "+a[r];break;case 42:case 43:case 45:this.$=a[r-2]+" "+a[r-1]+" "+a[r];break;case 44:case 46:this.$=a[r-3]+" "+a[r-2]+" "+a[r-1]+" "+a[r];break}},"anonymous"),table:[{3:1,4:[1,2]},{1:[3]},t(e,[2,2],{5:3}),{6:[1,4],7:5,8:[1,6],9:7,10:[1,8],11:17,12:n,13:i,14:s,15:m,16:d,17:D,18:E,19:18,20:C,21:g,22:L,23:S,24:v,25:G,26:A,27:x,28:M,29:F,30:Y,31:N,33:R,35:j,36:O,37:24,38:y,40:b},t(e,[2,7],{1:[2,1]}),t(e,[2,3]),{9:36,11:17,12:n,13:i,14:s,15:m,16:d,17:D,18:E,19:18,20:C,21:g,22:L,23:S,24:v,25:G,26:A,27:x,28:M,29:F,30:Y,31:N,33:R,35:j,36:O,37:24,38:y,40:b},t(e,[2,5]),t(e,[2,6]),t(e,[2,17]),t(e,[2,18]),t(e,[2,19]),t(e,[2,20]),t(e,[2,21]),t(e,[2,22]),t(e,[2,23]),t(e,[2,24]),t(e,[2,25]),t(e,[2,26]),t(e,[2,27]),{32:[1,37]},{34:[1,38]},t(e,[2,30]),t(e,[2,31]),t(e,[2,32]),{39:[1,39]},t(e,[2,8]),t(e,[2,9]),t(e,[2,10]),t(e,[2,11]),t(e,[2,12]),t(e,[2,13]),t(e,[2,14]),t(e,[2,15]),t(e,[2,16]),{41:[1,40],43:[1,41]},t(e,[2,4]),t(e,[2,28]),t(e,[2,29]),t(e,[2,33]),t(e,[2,34],{42:[1,42],43:[1,43]}),t(e,[2,40],{41:[1,44]}),t(e,[2,35],{43:[1,45]}),t(e,[2,36]),t(e,[2,38],{42:[1,46]}),t(e,[2,37]),t(e,[2,39])],defaultActions:{},parseError:l(function(c,u){if(u.recoverable)this.trace(c);else{var h=new Error(c);throw h.hash=u,h}},"parseError"),parse:l(function(c){var u=this,h=[0],f=[],_=[null],a=[],o=this.table,r="",V=0,I=0,W=2,q=1,z=a.slice.call(arguments,1),P=Object.create(this.lexer),$={yy:{}};for(var st in this.yy)Object.prototype.hasOwnProperty.call(this.yy,st)&&($.yy[st]=this.yy[st]);P.setInput(c,$.yy),$.yy.lexer=P,$.yy.parser=this,typeof P.yylloc>"u"&&(P.yylloc={});var at=P.yylloc;a.push(at);var dt=P.options&&P.options.ranges;typeof $.yy.parseError=="function"?this.parseError=$.yy.parseError:this.parseError=Object.getPrototypeOf(this).parseError;function ft(Z){h.length=h.length-2*Z,_.length=_.length-Z,a.length=a.length-Z}l(ft,"popStack");function ot(){var Z;return Z=f.pop()||P.lex()||q,typeof Z!="number"&&(Z instanceof Array&&(f=Z,Z=f.pop()),Z=u.symbols_[Z]||Z),Z}l(ot,"lex");for(var B,Q,X,nt,K={},rt,J,Gt,yt;;){if(Q=h[h.length-1],this.defaultActions[Q]?X=this.defaultActions[Q]:((B===null||typeof B>"u")&&(B=ot()),X=o[Q]&&o[Q][B]),typeof X>"u"||!X.length||!X[0]){var Dt="";yt=[];for(rt in o[Q])this.terminals_[rt]&&rt>W&&yt.push("'"+this.terminals_[rt]+"'");P.showPosition?Dt="Parse error on line "+(V+1)+`:
`+P.showPosition()+`
Expecting `+yt.join(", ")+", got '"+(this.terminals_[B]||B)+"'":Dt="Parse error on line "+(V+1)+": Unexpected "+(B==q?"end of input":"'"+(this.terminals_[B]||B)+"'"),this.parseError(Dt,{text:P.match,token:this.terminals_[B]||B,line:P.yylineno,loc:at,expected:yt})}if(X[0]instanceof Array&&X.length>1)throw new Error("Parse Error: multiple actions possible at state: "+Q+", token: "+B);switch(X[0]){case 1:h.push(B),_.push(P.yytext),a.push(P.yylloc),h.push(X[1]),B=null,I=P.yyleng,r=P.yytext,V=P.yylineno,at=P.yylloc;break;case 2:if(J=this.productions_[X[1]][1],K.$=_[_.length-J],K._$={first_line:a[a.length-(J||1)].first_line,last_line:a[a.length-1].last_line,first_column:a[a.length-(J||1)].first_column,last_column:a[a.length-1].last_column},dt&&(K._$.range=[a[a.length-(J||1)].range[0],a[a.length-1].range[1]]),nt=this.performAction.apply(K,[r,I,V,$.yy,X[1],_,a].concat(z)),typeof nt<"u")return nt;J&&(h=h.slice(0,-1*J*2),_=_.slice(0,-1*J),a=a.slice(0,-1*J)),h.push(this.productions_[X[1]][0]),_.push(K.$),a.push(K._$),Gt=o[h[h.length-2]][h[h.length-1]],h.push(Gt);break;case 3:return!0}}return!0},"parse")},p=function(){var w={EOF:1,parseError:l(function(u,h){if(this.yy.parser)this.yy.parser.parseError(u,h);else throw new Error(u)},"parseError"),setInput:l(function(c,u){return this.yy=u||this.yy||{},this._input=c,this._more=this._backtrack=this.done=!1,this.yylineno=this.yyleng=0,this.yytext=this.matched=this.match="",this.conditionStack=["INITIAL"],this.yylloc={first_line:1,first_column:0,last_line:1,last_column:0},this.options.ranges&&(this.yylloc.range=[0,0]),this.offset=0,this},"setInput"),input:l(function(){var c=this._input[0];this.yytext+=c,this.yyleng++,this.offset++,this.match+=c,this.matched+=c;var u=c.match(/(?:\r\n?|\n).*/g);return u?(this.yylineno++,this.yylloc.last_line++):this.yylloc.last_column++,this.options.ranges&&this.yylloc.range[1]++,this._input=this._input.slice(1),c},"input"),unput:l(function(c){var u=c.length,h=c.split(/(?:\r\n?|\n)/g);this._input=c+this._input,this.yytext=this.yytext.substr(0,this.yytext.length-u),this.offset-=u;var f=this.match.split(/(?:\r\n?|\n)/g);this.match=this.match.substr(0,this.match.length-1),this.matched=this.matched.substr(0,this.matched.length-1),h.length-1&&(this.yylineno-=h.length-1);var _=this.yylloc.range;return this.yylloc={first_line:this.yylloc.first_line,last_line:this.yylineno+1,first_column:this.yylloc.first_column,last_column:h?(h.length===f.length?this.yylloc.first_column:0)+f[f.length-h.length].length-h[0].length:this.yylloc.first_column-u},this.options.ranges&&(this.yylloc.range=[_[0],_[0]+this.yyleng-u]),this.yyleng=this.yytext.length,this},"unput"),more:l(function(){return this._more=!0,this},"more"),reject:l(function(){if(this.options.backtrack_lexer)this._backtrack=!0;else return this.parseError("Lexical error on line "+(this.yylineno+1)+`. You can only invoke reject() in the lexer when the lexer is of the backtracking persuasion (options.backtrack_lexer = true).
`+this.showPosition(),{text:"",token:null,line:this.yylineno});return this},"reject"),less:l(function(c){this.unput(this.match.slice(c))},"less"),pastInput:l(function(){var c=this.matched.substr(0,this.matched.length-this.match.length);return(c.length>20?"...":"")+c.substr(-20).replace(/\n/g,"")},"pastInput"),upcomingInput:l(function(){var c=this.match;return c.length<20&&(c+=this._input.substr(0,20-c.length)),(c.substr(0,20)+(c.length>20?"...":"")).replace(/\n/g,"")},"upcomingInput"),showPosition:l(function(){var c=this.pastInput(),u=new Array(c.length+1).join("-");return c+this.upcomingInput()+`
`+u+"^"},"showPosition"),test_match:l(function(c,u){var h,f,_;if(this.options.backtrack_lexer&&(_={yylineno:this.yylineno,yylloc:{first_line:this.yylloc.first_line,last_line:this.last_line,first_column:this.yylloc.first_column,last_column:this.yylloc.last_column},yytext:this.yytext,match:this.match,matches:this.matches,matched:this.matched,yyleng:this.yyleng,offset:this.offset,_more:this._more,_input:this._input,yy:this.yy,conditionStack:this.conditionStack.slice(0),done:this.done},this.options.ranges&&(_.yylloc.range=this.yylloc.range.slice(0))),f=c[0].match(/(?:\r\n?|\n).*/g),f&&(this.yylineno+=f.length),this.yylloc={first_line:this.yylloc.last_line,last_line:this.yylineno+1,first_column:this.yylloc.last_column,last_column:f?f[f.length-1].length-f[f.length-1].match(/\r?\n?/)[0].length:this.yylloc.last_column+c[0].length},this.yytext+=c[0],this.match+=c[0],this.matches=c,this.yyleng=this.yytext.length,this.options.ranges&&(this.yylloc.range=[this.offset,this.offset+=this.yyleng]),this._more=!1,this._backtrack=!1,this._input=this._input.slice(c[0].length),this.matched+=c[0],h=this.performAction.call(this,this.yy,this,u,this.conditionStack[this.conditionStack.length-1]),this.done&&this._input&&(this.done=!1),h)return h;if(this._backtrack){for(var a in _)this[a]=_[a];return!1}return!1},"test_match"),next:l(function(){if(this.done)return this.EOF;this._input||(this.done=!0);var c,u,h,f;this._more||(this.yytext="",this.match="");for(var _=this._currentRules(),a=0;a<_.length;a++)if(h=this._input.match(this.rules[_[a]]),h&&(!u||h[0].length>u[0].length)){if(u=h,f=a,this.options.backtrack_lexer){if(c=this.test_match(h,_[a]),c!==!1)return c;if(this._backtrack){u=!1;continue}else return!1}else if(!this.options.flex)break}return u?(c=this.test_match(u,_[f]),c!==!1?c:!1):this._input===""?this.EOF:this.parseError("Lexical error on line "+(this.yylineno+1)+`. Unrecognized text.
`+this.showPosition(),{text:"",token:null,line:this.yylineno})},"next"),lex:l(function(){var u=this.next();return u||this.lex()},"lex"),begin:l(function(u){this.conditionStack.push(u)},"begin"),popState:l(function(){var u=this.conditionStack.length-1;return u>0?this.conditionStack.pop():this.conditionStack[0]},"popState"),_currentRules:l(function(){return this.conditionStack.length&&this.conditionStack[this.conditionStack.length-1]?this.conditions[this.conditionStack[this.conditionStack.length-1]].rules:this.conditions.INITIAL.rules},"_currentRules"),topState:l(function(u){return u=this.conditionStack.length-1-Math.abs(u||0),u>=0?this.conditionStack[u]:"INITIAL"},"topState"),pushState:l(function(u){this.begin(u)},"pushState"),stateStackSize:l(function(){return this.conditionStack.length},"stateStackSize"),options:{"case-insensitive":!0},performAction:l(function(u,h,f,_){switch(f){case 0:return this.begin("open_directive"),"open_directive";case 1:return this.begin("acc_title"),31;case 2:return this.popState(),"acc_title_value";case 3:return this.begin("acc_descr"),33;case 4:return this.popState(),"acc_descr_value";case 5:this.begin("acc_descr_multiline");break;case 6:this.popState();break;case 7:return"acc_descr_multiline_value";case 8:break;case 9:break;case 10:break;case 11:return 10;case 12:break;case 13:break;case 14:this.begin("href");break;case 15:this.popState();break;case 16:return 43;case 17:this.begin("callbackname");break;case 18:this.popState();break;case 19:this.popState(),this.begin("callbackargs");break;case 20:return 41;case 21:this.popState();break;case 22:return 42;case 23:this.begin("click");break;case 24:this.popState();break;case 25:return 40;case 26:return 4;case 27:return 22;case 28:return 23;case 29:return 24;case 30:return 25;case 31:return 26;case 32:return 28;case 33:return 27;case 34:return 29;case 35:return 12;case 36:return 13;case 37:return 14;case 38:return 15;case 39:return 16;case 40:return 17;case 41:return 18;case 42:return 20;case 43:return 21;case 44:return"date";case 45:return 30;case 46:return"accDescription";case 47:return 36;case 48:return 38;case 49:return 39;case 50:return":";case 51:return 6;case 52:return"INVALID"}},"anonymous"),rules:[/^(?:%%\{)/i,/^(?:accTitle\s*:\s*)/i,/^(?:(?!\n||)*[^\n]*)/i,/^(?:accDescr\s*:\s*)/i,/^(?:(?!\n||)*[^\n]*)/i,/^(?:accDescr\s*\{\s*)/i,/^(?:[\}])/i,/^(?:[^\}]*)/i,/^(?:%%(?!\{)*[^\n]*)/i,/^(?:[^\}]%%*[^\n]*)/i,/^(?:%%*[^\n]*[\n]*)/i,/^(?:[\n]+)/i,/^(?:\s+)/i,/^(?:%[^\n]*)/i,/^(?:href[\s]+["])/i,/^(?:["])/i,/^(?:[^"]*)/i,/^(?:call[\s]+)/i,/^(?:\([\s]*\))/i,/^(?:\()/i,/^(?:[^(]*)/i,/^(?:\))/i,/^(?:[^)]*)/i,/^(?:click[\s]+)/i,/^(?:[\s\n])/i,/^(?:[^\s\n]*)/i,/^(?:gantt\b)/i,/^(?:dateFormat\s[^#\n;]+)/i,/^(?:inclusiveEndDates\b)/i,/^(?:topAxis\b)/i,/^(?:axisFormat\s[^#\n;]+)/i,/^(?:tickInterval\s[^#\n;]+)/i,/^(?:includes\s[^#\n;]+)/i,/^(?:excludes\s[^#\n;]+)/i,/^(?:todayMarker\s[^\n;]+)/i,/^(?:weekday\s+monday\b)/i,/^(?:weekday\s+tuesday\b)/i,/^(?:weekday\s+wednesday\b)/i,/^(?:weekday\s+thursday\b)/i,/^(?:weekday\s+friday\b)/i,/^(?:weekday\s+saturday\b)/i,/^(?:weekday\s+sunday\b)/i,/^(?:weekend\s+friday\b)/i,/^(?:weekend\s+saturday\b)/i,/^(?:\d\d\d\d-\d\d-\d\d\b)/i,/^(?:title\s[^\n]+)/i,/^(?:accDescription\s[^#\n;]+)/i,/^(?:section\s[^\n]+)/i,/^(?:[^:\n]+)/i,/^(?::[^#\n;]+)/i,/^(?::)/i,/^(?:$)/i,/^(?:.)/i],conditions:{acc_descr_multiline:{rules:[6,7],inclusive:!1},acc_descr:{rules:[4],inclusive:!1},acc_title:{rules:[2],inclusive:!1},callbackargs:{rules:[21,22],inclusive:!1},callbackname:{rules:[18,19,20],inclusive:!1},href:{rules:[15,16],inclusive:!1},click:{rules:[24,25],inclusive:!1},INITIAL:{rules:[0,1,3,5,8,9,10,11,12,13,14,17,23,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52],inclusive:!0}}};return w}();T.lexer=p;function k(){this.yy={}}return l(k,"Parser"),k.prototype=T,T.Parser=k,new k}();Et.parser=Et;var $e=Et;U.extend(qe);U.extend(Ue);U.extend(Qe);var Jt={friday:5,saturday:6},tt="",Yt="",Wt=void 0,Vt="",ht=[],kt=[],zt=new Map,Ot=[],wt=[],ut="",Pt="",ae=["active","done","crit","milestone","vert"],Rt=[],mt=!1,Nt=!1,Bt="sunday",_t="saturday",Mt=0,Ke=l(function(){Ot=[],wt=[],ut="",Rt=[],xt=0,It=void 0,Tt=void 0,H=[],tt="",Yt="",Pt="",Wt=void 0,Vt="",ht=[],kt=[],mt=!1,Nt=!1,Mt=0,zt=new Map,we(),Bt="sunday",_t="saturday"},"clear"),Je=l(function(t){Yt=t},"setAxisFormat"),tr=l(function(){return Yt},"getAxisFormat"),er=l(function(t){Wt=t},"setTickInterval"),rr=l(function(){return Wt},"getTickInterval"),nr=l(function(t){Vt=t},"setTodayMarker"),ir=l(function(){return Vt},"getTodayMarker"),sr=l(function(t){tt=t},"setDateFormat"),ar=l(function(){mt=!0},"enableInclusiveEndDates"),or=l(function(){return mt},"endDatesAreInclusive"),cr=l(function(){Nt=!0},"enableTopAxis"),lr=l(function(){return Nt},"topAxisEnabled"),ur=l(function(t){Pt=t},"setDisplayMode"),dr=l(function(){return Pt},"getDisplayMode"),fr=l(function(){return tt},"getDateFormat"),hr=l(function(t){ht=t.toLowerCase().split(/[\s,]+/)},"setIncludes"),kr=l(function(){return ht},"getIncludes"),mr=l(function(t){kt=t.toLowerCase().split(/[\s,]+/)},"setExcludes"),yr=l(function(){return kt},"getExcludes"),gr=l(function(){return zt},"getLinks"),pr=l(function(t){ut=t,Ot.push(t)},"addSection"),vr=l(function(){return Ot},"getSections"),xr=l(function(){let t=te();const e=10;let n=0;for(;!t&&n<e;)t=te(),n++;return wt=H,wt},"getTasks"),oe=l(function(t,e,n,i){return i.includes(t.format(e.trim()))?!1:n.includes("weekends")&&(t.isoWeekday()===Jt[_t]||t.isoWeekday()===Jt[_t]+1)||n.includes(t.format("dddd").toLowerCase())?!0:n.includes(t.format(e.trim()))},"isInvalidDate"),Tr=l(function(t){Bt=t},"setWeekday"),br=l(function(){return Bt},"getWeekday"),wr=l(function(t){_t=t},"setWeekend"),ce=l(function(t,e,n,i){if(!n.length||t.manualEndTime)return;let s;t.startTime instanceof Date?s=U(t.startTime):s=U(t.startTime,e,!0),s=s.add(1,"d");let m;t.endTime instanceof Date?m=U(t.endTime):m=U(t.endTime,e,!0);const[d,D]=_r(s,m,e,n,i);t.endTime=d.toDate(),t.renderEndTime=D},"checkTaskDates"),_r=l(function(t,e,n,i,s){let m=!1,d=null;for(;t<=e;)m||(d=e.toDate()),m=oe(t,n,i,s),m&&(e=e.add(1,"d")),t=t.add(1,"d");return[e,d]},"fixTaskDates"),At=l(function(t,e,n){n=n.trim();const s=/^after\s+(?<ids>[\d\w- ]+)/.exec(n);if(s!==null){let d=null;for(const E of s.groups.ids.split(" ")){let C=it(E);C!==void 0&&(!d||C.endTime>d.endTime)&&(d=C)}if(d)return d.endTime;const D=new Date;return D.setHours(0,0,0,0),D}let m=U(n,e.trim(),!0);if(m.isValid())return m.toDate();{bt.debug("Invalid date:"+n),bt.debug("With date format:"+e.trim());const d=new Date(n);if(d===void 0||isNaN(d.getTime())||d.getFullYear()<-1e4||d.getFullYear()>1e4)throw new Error("Invalid date:"+n);return d}},"getStartDate"),le=l(function(t){const e=/^(\d+(?:\.\d+)?)([Mdhmswy]|ms)$/.exec(t.trim());return e!==null?[Number.parseFloat(e[1]),e[2]]:[NaN,"ms"]},"parseDuration"),ue=l(function(t,e,n,i=!1){n=n.trim();const m=/^until\s+(?<ids>[\d\w- ]+)/.exec(n);if(m!==null){let g=null;for(const S of m.groups.ids.split(" ")){let v=it(S);v!==void 0&&(!g||v.startTime<g.startTime)&&(g=v)}if(g)return g.startTime;const L=new Date;return L.setHours(0,0,0,0),L}let d=U(n,e.trim(),!0);if(d.isValid())return i&&(d=d.add(1,"d")),d.toDate();let D=U(t);const[E,C]=le(n);if(!Number.isNaN(E)){const g=D.add(E,C);g.isValid()&&(D=g)}return D.toDate()},"getEndDate"),xt=0,lt=l(function(t){return t===void 0?(xt=xt+1,"task"+xt):t},"parseId"),Dr=l(function(t,e){let n;e.substr(0,1)===":"?n=e.substr(1,e.length):n=e;const i=n.split(","),s={};Ht(i,s,ae);for(let d=0;d<i.length;d++)i[d]=i[d].trim();let m="";switch(i.length){case 1:s.id=lt(),s.startTime=t.endTime,m=i[0];break;case 2:s.id=lt(),s.startTime=At(void 0,tt,i[0]),m=i[1];break;case 3:s.id=lt(i[0]),s.startTime=At(void 0,tt,i[1]),m=i[2];break}return m&&(s.endTime=ue(s.startTime,tt,m,mt),s.manualEndTime=U(m,"YYYY-MM-DD",!0).isValid(),ce(s,tt,kt,ht)),s},"compileData"),Sr=l(function(t,e){let n;e.substr(0,1)===":"?n=e.substr(1,e.length):n=e;const i=n.split(","),s={};Ht(i,s,ae);for(let m=0;m<i.length;m++)i[m]=i[m].trim();switch(i.length){case 1:s.id=lt(),s.startTime={type:"prevTaskEnd",id:t},s.endTime={data:i[0]};break;case 2:s.id=lt(),s.startTime={type:"getStartDate",startData:i[0]},s.endTime={data:i[1]};break;case 3:s.id=lt(i[0]),s.startTime={type:"getStartDate",startData:i[1]},s.endTime={data:i[2]};break}return s},"parseData"),It,Tt,H=[],de={},Cr=l(function(t,e){const n={section:ut,type:ut,processed:!1,manualEndTime:!1,renderEndTime:null,raw:{data:e},task:t,classes:[]},i=Sr(Tt,e);n.raw.startTime=i.startTime,n.raw.endTime=i.endTime,n.id=i.id,n.prevTaskId=Tt,n.active=i.active,n.done=i.done,n.crit=i.crit,n.milestone=i.milestone,n.vert=i.vert,n.order=Mt,Mt++;const s=H.push(n);Tt=n.id,de[n.id]=s-1},"addTask"),it=l(function(t){const e=de[t];return H[e]},"findTaskById"),Er=l(function(t,e){const n={section:ut,type:ut,description:t,task:t,classes:[]},i=Dr(It,e);n.startTime=i.startTime,n.endTime=i.endTime,n.id=i.id,n.active=i.active,n.done=i.done,n.crit=i.crit,n.milestone=i.milestone,n.vert=i.vert,It=n,wt.push(n)},"addTaskOrg"),te=l(function(){const t=l(function(n){const i=H[n];let s="";switch(H[n].raw.startTime.type){case"prevTaskEnd":{const m=it(i.prevTaskId);i.startTime=m.endTime;break}case"getStartDate":s=At(void 0,tt,H[n].raw.startTime.startData),s&&(H[n].startTime=s);break}return H[n].startTime&&(H[n].endTime=ue(H[n].startTime,tt,H[n].raw.endTime.data,mt),H[n].endTime&&(H[n].processed=!0,H[n].manualEndTime=U(H[n].raw.endTime.data,"YYYY-MM-DD",!0).isValid(),ce(H[n],tt,kt,ht))),H[n].processed},"compileTask");let e=!0;for(const[n,i]of H.entries())t(n),e=e&&i.processed;return e},"compileTasks"),Mr=l(function(t,e){let n=e;ct().securityLevel!=="loose"&&(n=be(e)),t.split(",").forEach(function(i){it(i)!==void 0&&(he(i,()=>{window.open(n,"_self")}),zt.set(i,n))}),fe(t,"clickable")},"setLink"),fe=l(function(t,e){t.split(",").forEach(function(n){let i=it(n);i!==void 0&&i.classes.push(e)})},"setClass"),Ar=l(function(t,e,n){if(ct().securityLevel!=="loose"||e===void 0)return;let i=[];if(typeof n=="string"){i=n.split(/,(?=(?:(?:[^"]*"){2})*[^"]*$)/);for(let m=0;m<i.length;m++){let d=i[m].trim();d.startsWith('"')&&d.endsWith('"')&&(d=d.substr(1,d.length-2)),i[m]=d}}i.length===0&&i.push(t),it(t)!==void 0&&he(t,()=>{_e.runFunc(e,...i)})},"setClickFun"),he=l(function(t,e){Rt.push(function(){const n=document.querySelector(`[id="${t}"]`);n!==null&&n.addEventListener("click",function(){e()})},function(){const n=document.querySelector(`[id="${t}-text"]`);n!==null&&n.addEventListener("click",function(){e()})})},"pushFun"),Ir=l(function(t,e,n){t.split(",").forEach(function(i){Ar(i,e,n)}),fe(t,"clickable")},"setClickEvent"),Lr=l(function(t){Rt.forEach(function(e){e(t)})},"bindFunctions"),Fr={getConfig:l(()=>ct().gantt,"getConfig"),clear:Ke,setDateFormat:sr,getDateFormat:fr,enableInclusiveEndDates:ar,endDatesAreInclusive:or,enableTopAxis:cr,topAxisEnabled:lr,setAxisFormat:Je,getAxisFormat:tr,setTickInterval:er,getTickInterval:rr,setTodayMarker:nr,getTodayMarker:ir,setAccTitle:ve,getAccTitle:pe,setDiagramTitle:ge,getDiagramTitle:ye,setDisplayMode:ur,getDisplayMode:dr,setAccDescription:me,getAccDescription:ke,addSection:pr,getSections:vr,getTasks:xr,addTask:Cr,findTaskById:it,addTaskOrg:Er,setIncludes:hr,getIncludes:kr,setExcludes:mr,getExcludes:yr,setClickEvent:Ir,setLink:Mr,getLinks:gr,bindFunctions:Lr,parseDuration:le,isInvalidDate:oe,setWeekday:Tr,getWeekday:br,setWeekend:wr};function Ht(t,e,n){let i=!0;for(;i;)i=!1,n.forEach(function(s){const m="^\\s*"+s+"\\s*$",d=new RegExp(m);t[0].match(d)&&(e[s]=!0,t.shift(1),i=!0)})}l(Ht,"getTaskTags");var Yr=l(function(){bt.debug("Something is calling, setConf, remove the call")},"setConf"),ee={monday:Ve,tuesday:We,wednesday:Ye,thursday:Fe,friday:Le,saturday:Ie,sunday:Ae},Wr=l((t,e)=>{let n=[...t].map(()=>-1/0),i=[...t].sort((m,d)=>m.startTime-d.startTime||m.order-d.order),s=0;for(const m of i)for(let d=0;d<n.length;d++)if(m.startTime>=n[d]){n[d]=m.endTime,m.order=d+e,d>s&&(s=d);break}return s},"getMaxIntersections"),et,Vr=l(function(t,e,n,i){const s=ct().gantt,m=ct().securityLevel;let d;m==="sandbox"&&(d=gt("#i"+e));const D=m==="sandbox"?gt(d.nodes()[0].contentDocument.body):gt("body"),E=m==="sandbox"?d.nodes()[0].contentDocument:document,C=E.getElementById(e);et=C.parentElement.offsetWidth,et===void 0&&(et=1200),s.useWidth!==void 0&&(et=s.useWidth);const g=i.db.getTasks();let L=[];for(const y of g)L.push(y.type);L=O(L);const S={};let v=2*s.topPadding;if(i.db.getDisplayMode()==="compact"||s.displayMode==="compact"){const y={};for(const T of g)y[T.section]===void 0?y[T.section]=[T]:y[T.section].push(T);let b=0;for(const T of Object.keys(y)){const p=Wr(y[T],b)+1;b+=p,v+=p*(s.barHeight+s.barGap),S[T]=p}}else{v+=g.length*(s.barHeight+s.barGap);for(const y of L)S[y]=g.filter(b=>b.type===y).length}C.setAttribute("viewBox","0 0 "+et+" "+v);const G=D.select(`[id="${e}"]`),A=De().domain([Se(g,function(y){return y.startTime}),Ce(g,function(y){return y.endTime})]).rangeRound([0,et-s.leftPadding-s.rightPadding]);function x(y,b){const T=y.startTime,p=b.startTime;let k=0;return T>p?k=1:T<p&&(k=-1),k}l(x,"taskCompare"),g.sort(x),M(g,et,v),xe(G,v,et,s.useMaxWidth),G.append("text").text(i.db.getDiagramTitle()).attr("x",et/2).attr("y",s.titleTopMargin).attr("class","titleText");function M(y,b,T){const p=s.barHeight,k=p+s.barGap,w=s.topPadding,c=s.leftPadding,u=Ee().domain([0,L.length]).range(["#00B9FA","#F95002"]).interpolate(Me);Y(k,w,c,b,T,y,i.db.getExcludes(),i.db.getIncludes()),N(c,w,b,T),F(y,k,w,c,p,u,b),R(k,w),j(c,w,b,T)}l(M,"makeGantt");function F(y,b,T,p,k,w,c){y.sort((o,r)=>o.vert===r.vert?0:o.vert?1:-1);const h=[...new Set(y.map(o=>o.order))].map(o=>y.find(r=>r.order===o));G.append("g").selectAll("rect").data(h).enter().append("rect").attr("x",0).attr("y",function(o,r){return r=o.order,r*b+T-2}).attr("width",function(){return c-s.rightPadding/2}).attr("height",b).attr("class",function(o){for(const[r,V]of L.entries())if(o.type===V)return"section section"+r%s.numberSectionStyles;return"section section0"}).enter();const f=G.append("g").selectAll("rect").data(y).enter(),_=i.db.getLinks();if(f.append("rect").attr("id",function(o){return o.id}).attr("rx",3).attr("ry",3).attr("x",function(o){return o.milestone?A(o.startTime)+p+.5*(A(o.endTime)-A(o.startTime))-.5*k:A(o.startTime)+p}).attr("y",function(o,r){return r=o.order,o.vert?s.gridLineStartPadding:r*b+T}).attr("width",function(o){return o.milestone?k:o.vert?.08*k:A(o.renderEndTime||o.endTime)-A(o.startTime)}).attr("height",function(o){return o.vert?g.length*(s.barHeight+s.barGap)+s.barHeight*2:k}).attr("transform-origin",function(o,r){return r=o.order,(A(o.startTime)+p+.5*(A(o.endTime)-A(o.startTime))).toString()+"px "+(r*b+T+.5*k).toString()+"px"}).attr("class",function(o){const r="task";let V="";o.classes.length>0&&(V=o.classes.join(" "));let I=0;for(const[q,z]of L.entries())o.type===z&&(I=q%s.numberSectionStyles);let W="";return o.active?o.crit?W+=" activeCrit":W=" active":o.done?o.crit?W=" doneCrit":W=" done":o.crit&&(W+=" crit"),W.length===0&&(W=" task"),o.milestone&&(W=" milestone "+W),o.vert&&(W=" vert "+W),W+=I,W+=" "+V,r+W}),f.append("text").attr("id",function(o){return o.id+"-text"}).text(function(o){return o.task}).attr("font-size",s.fontSize).attr("x",function(o){let r=A(o.startTime),V=A(o.renderEndTime||o.endTime);if(o.milestone&&(r+=.5*(A(o.endTime)-A(o.startTime))-.5*k,V=r+k),o.vert)return A(o.startTime)+p;const I=this.getBBox().width;return I>V-r?V+I+1.5*s.leftPadding>c?r+p-5:V+p+5:(V-r)/2+r+p}).attr("y",function(o,r){return o.vert?s.gridLineStartPadding+g.length*(s.barHeight+s.barGap)+60:(r=o.order,r*b+s.barHeight/2+(s.fontSize/2-2)+T)}).attr("text-height",k).attr("class",function(o){const r=A(o.startTime);let V=A(o.endTime);o.milestone&&(V=r+k);const I=this.getBBox().width;let W="";o.classes.length>0&&(W=o.classes.join(" "));let q=0;for(const[P,$]of L.entries())o.type===$&&(q=P%s.numberSectionStyles);let z="";return o.active&&(o.crit?z="activeCritText"+q:z="activeText"+q),o.done?o.crit?z=z+" doneCritText"+q:z=z+" doneText"+q:o.crit&&(z=z+" critText"+q),o.milestone&&(z+=" milestoneText"),o.vert&&(z+=" vertText"),I>V-r?V+I+1.5*s.leftPadding>c?W+" taskTextOutsideLeft taskTextOutside"+q+" "+z:W+" taskTextOutsideRight taskTextOutside"+q+" "+z+" width-"+I:W+" taskText taskText"+q+" "+z+" width-"+I}),ct().securityLevel==="sandbox"){let o;o=gt("#i"+e);const r=o.nodes()[0].contentDocument;f.filter(function(V){return _.has(V.id)}).each(function(V){var I=r.querySelector("#"+V.id),W=r.querySelector("#"+V.id+"-text");const q=I.parentNode;var z=r.createElement("a");z.setAttribute("xlink:href",_.get(V.id)),z.setAttribute("target","_top"),q.appendChild(z),z.appendChild(I),z.appendChild(W)})}}l(F,"drawRects");function Y(y,b,T,p,k,w,c,u){if(c.length===0&&u.length===0)return;let h,f;for(const{startTime:I,endTime:W}of w)(h===void 0||I<h)&&(h=I),(f===void 0||W>f)&&(f=W);if(!h||!f)return;if(U(f).diff(U(h),"year")>5){bt.warn("The difference between the min and max time is more than 5 years. This will cause performance issues. Skipping drawing exclude days.");return}const _=i.db.getDateFormat(),a=[];let o=null,r=U(h);for(;r.valueOf()<=f;)i.db.isInvalidDate(r,_,c,u)?o?o.end=r:o={start:r,end:r}:o&&(a.push(o),o=null),r=r.add(1,"d");G.append("g").selectAll("rect").data(a).enter().append("rect").attr("id",function(I){return"exclude-"+I.start.format("YYYY-MM-DD")}).attr("x",function(I){return A(I.start)+T}).attr("y",s.gridLineStartPadding).attr("width",function(I){const W=I.end.add(1,"day");return A(W)-A(I.start)}).attr("height",k-b-s.gridLineStartPadding).attr("transform-origin",function(I,W){return(A(I.start)+T+.5*(A(I.end)-A(I.start))).toString()+"px "+(W*y+.5*k).toString()+"px"}).attr("class","exclude-range")}l(Y,"drawExcludeDays");function N(y,b,T,p){let k=Ge(A).tickSize(-p+b+s.gridLineStartPadding).tickFormat(jt(i.db.getAxisFormat()||s.axisFormat||"%Y-%m-%d"));const c=/^([1-9]\d*)(millisecond|second|minute|hour|day|week|month)$/.exec(i.db.getTickInterval()||s.tickInterval);if(c!==null){const u=c[1],h=c[2],f=i.db.getWeekday()||s.weekday;switch(h){case"millisecond":k.ticks($t.every(u));break;case"second":k.ticks(Qt.every(u));break;case"minute":k.ticks(Zt.every(u));break;case"hour":k.ticks(Ut.every(u));break;case"day":k.ticks(Xt.every(u));break;case"week":k.ticks(ee[f].every(u));break;case"month":k.ticks(qt.every(u));break}}if(G.append("g").attr("class","grid").attr("transform","translate("+y+", "+(p-50)+")").call(k).selectAll("text").style("text-anchor","middle").attr("fill","#000").attr("stroke","none").attr("font-size",10).attr("dy","1em"),i.db.topAxisEnabled()||s.topAxis){let u=He(A).tickSize(-p+b+s.gridLineStartPadding).tickFormat(jt(i.db.getAxisFormat()||s.axisFormat||"%Y-%m-%d"));if(c!==null){const h=c[1],f=c[2],_=i.db.getWeekday()||s.weekday;switch(f){case"millisecond":u.ticks($t.every(h));break;case"second":u.ticks(Qt.every(h));break;case"minute":u.ticks(Zt.every(h));break;case"hour":u.ticks(Ut.every(h));break;case"day":u.ticks(Xt.every(h));break;case"week":u.ticks(ee[_].every(h));break;case"month":u.ticks(qt.every(h));break}}G.append("g").attr("class","grid").attr("transform","translate("+y+", "+b+")").call(u).selectAll("text").style("text-anchor","middle").attr("fill","#000").attr("stroke","none").attr("font-size",10)}}l(N,"makeGrid");function R(y,b){let T=0;const p=Object.keys(S).map(k=>[k,S[k]]);G.append("g").selectAll("text").data(p).enter().append(function(k){const w=k[0].split(Te.lineBreakRegex),c=-(w.length-1)/2,u=E.createElementNS("http://www.w3.org/2000/svg","text");u.setAttribute("dy",c+"em");for(const[h,f]of w.entries()){const _=E.createElementNS("http://www.w3.org/2000/svg","tspan");_.setAttribute("alignment-baseline","central"),_.setAttribute("x","10"),h>0&&_.setAttribute("dy","1em"),_.textContent=f,u.appendChild(_)}return u}).attr("x",10).attr("y",function(k,w){if(w>0)for(let c=0;c<w;c++)return T+=p[w-1][1],k[1]*y/2+T*y+b;else return k[1]*y/2+b}).attr("font-size",s.sectionFontSize).attr("class",function(k){for(const[w,c]of L.entries())if(k[0]===c)return"sectionTitle sectionTitle"+w%s.numberSectionStyles;return"sectionTitle"})}l(R,"vertLabels");function j(y,b,T,p){const k=i.db.getTodayMarker();if(k==="off")return;const w=G.append("g").attr("class","today"),c=new Date,u=w.append("line");u.attr("x1",A(c)+y).attr("x2",A(c)+y).attr("y1",s.titleTopMargin).attr("y2",p-s.titleTopMargin).attr("class","today"),k!==""&&u.attr("style",k.replace(/,/g,";"))}l(j,"drawToday");function O(y){const b={},T=[];for(let p=0,k=y.length;p<k;++p)Object.prototype.hasOwnProperty.call(b,y[p])||(b[y[p]]=!0,T.push(y[p]));return T}l(O,"checkUnique")},"draw"),zr={setConf:Yr,draw:Vr},Or=l(t=>`
  .mermaid-main-font {
        font-family: ${t.fontFamily};
  }

  .exclude-range {
    fill: ${t.excludeBkgColor};
  }

  .section {
    stroke: none;
    opacity: 0.2;
  }

  .section0 {
    fill: ${t.sectionBkgColor};
  }

  .section2 {
    fill: ${t.sectionBkgColor2};
  }

  .section1,
  .section3 {
    fill: ${t.altSectionBkgColor};
    opacity: 0.2;
  }

  .sectionTitle0 {
    fill: ${t.titleColor};
  }

  .sectionTitle1 {
    fill: ${t.titleColor};
  }

  .sectionTitle2 {
    fill: ${t.titleColor};
  }

  .sectionTitle3 {
    fill: ${t.titleColor};
  }

  .sectionTitle {
    text-anchor: start;
    font-family: ${t.fontFamily};
  }


  /* Grid and axis */

  .grid .tick {
    stroke: ${t.gridColor};
    opacity: 0.8;
    shape-rendering: crispEdges;
  }

  .grid .tick text {
    font-family: ${t.fontFamily};
    fill: ${t.textColor};
  }

  .grid path {
    stroke-width: 0;
  }


  /* Today line */

  .today {
    fill: none;
    stroke: ${t.todayLineColor};
    stroke-width: 2px;
  }


  /* Task styling */

  /* Default task */

  .task {
    stroke-width: 2;
  }

  .taskText {
    text-anchor: middle;
    font-family: ${t.fontFamily};
  }

  .taskTextOutsideRight {
    fill: ${t.taskTextDarkColor};
    text-anchor: start;
    font-family: ${t.fontFamily};
  }

  .taskTextOutsideLeft {
    fill: ${t.taskTextDarkColor};
    text-anchor: end;
  }


  /* Special case clickable */

  .task.clickable {
    cursor: pointer;
  }

  .taskText.clickable {
    cursor: pointer;
    fill: ${t.taskTextClickableColor} !important;
    font-weight: bold;
  }

  .taskTextOutsideLeft.clickable {
    cursor: pointer;
    fill: ${t.taskTextClickableColor} !important;
    font-weight: bold;
  }

  .taskTextOutsideRight.clickable {
    cursor: pointer;
    fill: ${t.taskTextClickableColor} !important;
    font-weight: bold;
  }


  /* Specific task settings for the sections*/

  .taskText0,
  .taskText1,
  .taskText2,
  .taskText3 {
    fill: ${t.taskTextColor};
  }

  .task0,
  .task1,
  .task2,
  .task3 {
    fill: ${t.taskBkgColor};
    stroke: ${t.taskBorderColor};
  }

  .taskTextOutside0,
  .taskTextOutside2
  {
    fill: ${t.taskTextOutsideColor};
  }

  .taskTextOutside1,
  .taskTextOutside3 {
    fill: ${t.taskTextOutsideColor};
  }


  /* Active task */

  .active0,
  .active1,
  .active2,
  .active3 {
    fill: ${t.activeTaskBkgColor};
    stroke: ${t.activeTaskBorderColor};
  }

  .activeText0,
  .activeText1,
  .activeText2,
  .activeText3 {
    fill: ${t.taskTextDarkColor} !important;
  }


  /* Completed task */

  .done0,
  .done1,
  .done2,
  .done3 {
    stroke: ${t.doneTaskBorderColor};
    fill: ${t.doneTaskBkgColor};
    stroke-width: 2;
  }

  .doneText0,
  .doneText1,
  .doneText2,
  .doneText3 {
    fill: ${t.taskTextDarkColor} !important;
  }


  /* Tasks on the critical line */

  .crit0,
  .crit1,
  .crit2,
  .crit3 {
    stroke: ${t.critBorderColor};
    fill: ${t.critBkgColor};
    stroke-width: 2;
  }

  .activeCrit0,
  .activeCrit1,
  .activeCrit2,
  .activeCrit3 {
    stroke: ${t.critBorderColor};
    fill: ${t.activeTaskBkgColor};
    stroke-width: 2;
  }

  .doneCrit0,
  .doneCrit1,
  .doneCrit2,
  .doneCrit3 {
    stroke: ${t.critBorderColor};
    fill: ${t.doneTaskBkgColor};
    stroke-width: 2;
    cursor: pointer;
    shape-rendering: crispEdges;
  }

  .milestone {
    transform: rotate(45deg) scale(0.8,0.8);
  }

  .milestoneText {
    font-style: italic;
  }
  .doneCritText0,
  .doneCritText1,
  .doneCritText2,
  .doneCritText3 {
    fill: ${t.taskTextDarkColor} !important;
  }

  .vert {
    stroke: ${t.vertLineColor};
  }

  .vertText {
    font-size: 15px;
    text-anchor: middle;
    fill: ${t.vertLineColor} !important;
  }

  .activeCritText0,
  .activeCritText1,
  .activeCritText2,
  .activeCritText3 {
    fill: ${t.taskTextDarkColor} !important;
  }

  .titleText {
    text-anchor: middle;
    font-size: 18px;
    fill: ${t.titleColor||t.textColor};
    font-family: ${t.fontFamily};
  }
`,"getStyles"),Pr=Or,Hr={parser:$e,db:Fr,renderer:zr,styles:Pr};export{Hr as diagram};
