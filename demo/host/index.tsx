document.getElementById("root")!.textContent = "Postvakt demo";
