import{b as r}from"./graph.CeU0FHt4.js";var e=4;function a(o){return r(o,e)}export{a as c};
