// Live messages on a case page: new messages in the conversation appear without reloading,
// and are announced to screen readers. Without JavaScript (or WebSockets) the page works as
// an inbox: messages show on the next page load. No HTML is built from message text.
(function () {
  "use strict";
  var list = document.querySelector("ol.messages[data-live]");
  if (!list || !("WebSocket" in window)) { return; }
  var announce = document.getElementById("berichten-live");
  var url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + list.getAttribute("data-live");

  function paragraph(className, parts) {
    var p = document.createElement("p");
    p.className = className;
    parts.forEach(function (part) { p.appendChild(part); });
    return p;
  }

  function show(message, socket) {
    if (document.getElementById("bericht-" + message.id)) { return; }
    var empty = document.getElementById("geen-berichten");
    if (empty) { empty.remove(); }
    var sender = document.createElement("strong");
    sender.textContent = message.afzender;
    var item = document.createElement("li");
    item.id = "bericht-" + message.id;
    item.className = message.eigen === "ja" ? "message own" : "message";
    item.appendChild(paragraph("message-meta", [sender, document.createTextNode(" · " + message.tijd)]));
    item.appendChild(paragraph("message-text", [document.createTextNode(message.tekst)]));
    list.appendChild(item);
    if (message.eigen !== "ja") {
      if (announce) { announce.textContent = list.getAttribute("data-nieuw") + " " + message.afzender + ": " + message.tekst; }
      socket.send(JSON.stringify({ gelezen: message.id }));
    }
  }

  function connect(delay) {
    var socket = new WebSocket(url);
    socket.onmessage = function (event) {
      try { show(JSON.parse(event.data), socket); } catch (ignored) { /* a malformed frame is dropped */ }
    };
    socket.onclose = function () {
      // The server closes when the session would time out; try again a few times, slower each time.
      if (delay < 60000) { setTimeout(function () { connect(delay * 2); }, delay); }
    };
  }
  connect(2000);
})();
