// Real input for browser tests: wheel (with modifier keys), mouse, keyboard and touch, sent
// through Chromium's DevTools protocol so the page receives trusted events.

const touchSessions = new WeakMap();

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function inputPlugin() {
  return {
    name: 'real-input',
    async executeCommand({ command, payload, session }) {
      if (command === 'frame-eval') {
        // Evaluates an expression inside a frame (cross-origin and sandboxed ones too), found by URL.
        const page = session.browser.getPage(session.id);
        const deadline = Date.now() + 5000;
        for (;;) {
          const frame = page.frames().find((f) => f.url().includes(payload.url) && f !== page.mainFrame() && !f.detached);
          try {
            if (frame) return JSON.stringify(await frame.evaluate(`(async () => (${payload.expression}))()`));
          } catch (e) {
            // The frame navigated (e.g. embed.js added parentUrl to its src): try the new document.
            if (!/context was destroyed|detached|target closed/i.test(String(e)) || Date.now() > deadline) throw e;
          }
          if (Date.now() > deadline) throw new Error(`no frame with URL containing ${payload.url}`);
          await new Promise((r) => setTimeout(r, 50));
        }
      }
      if (command === 'timezone') {
        const page = session.browser.getPage(session.id);
        let cdp = touchSessions.get(page);
        if (!cdp) touchSessions.set(page, (cdp = await page.createCDPSession()));
        await cdp.send('Emulation.setTimezoneOverride', { timezoneId: payload.id });
        return true;
      }
      if (command === 'viewport') {
        // The test page's viewport, e.g. a phone's 390 x 844 (null: back to the runner's default).
        const page = session.browser.getPage(session.id);
        await page.setViewport(payload.size ?? { width: 800, height: 600 });
        return true;
      }
      if (command === 'media') {
        // Emulated media features for the page and its frames, e.g. prefers-color-scheme: dark.
        const page = session.browser.getPage(session.id);
        await page.emulateMediaFeatures(payload.features);
        return true;
      }
      if (command === 'before-scripts') {
        // Runs a script in every new document of the page and its frames before their own
        // scripts (CDP Page.addScriptToEvaluateOnNewDocument); `remove` takes one back.
        const page = session.browser.getPage(session.id);
        if (payload.remove) {
          await page.removeScriptToEvaluateOnNewDocument(payload.remove);
          return true;
        }
        return (await page.evaluateOnNewDocument(payload.source)).identifier;
      }
      if (command !== 'input') return undefined;
      const page = session.browser.getPage(session.id);
      const { steps } = payload;
      for (const s of steps) {
        switch (s.type) {
          case 'keydown':
            await page.keyboard.down(s.key);
            break;
          case 'keyup':
            await page.keyboard.up(s.key);
            break;
          case 'press':
            await page.keyboard.press(s.key);
            break;
          case 'move':
            await page.mouse.move(s.x, s.y, { steps: s.steps ?? 1 });
            break;
          case 'down':
            await page.mouse.down();
            break;
          case 'up':
            await page.mouse.up();
            break;
          case 'click':
            await page.mouse.click(s.x, s.y);
            break;
          case 'wheel':
            await page.mouse.move(s.x, s.y);
            await page.mouse.wheel({ deltaX: s.deltaX ?? 0, deltaY: s.deltaY ?? 0 });
            break;
          case 'touch': {
            // A raw touch sequence: each frame lists the touch points down at that moment.
            const cdp = await page.createCDPSession();
            const frames = s.frames;
            for (let i = 0; i < frames.length; i++) {
              const type = i === 0 ? 'touchStart' : 'touchMove';
              await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: frames[i].map(([x, y], id) => ({ x, y, id })) });
              await new Promise((r) => setTimeout(r, 16));
            }
            await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
            await cdp.detach();
            break;
          }
          case 'touch-emulation': {
            // Emulation lasts as long as the session that set it, so that session is kept open.
            let cdp = touchSessions.get(page);
            if (!cdp) touchSessions.set(page, (cdp = await page.createCDPSession()));
            await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: s.enabled, maxTouchPoints: s.enabled ? 5 : 1 });
            break;
          }
          case 'wait':
            await new Promise((r) => setTimeout(r, s.ms));
            break;
          default:
            throw new Error(`unknown input step ${s.type}`);
        }
      }
      return true;
    },
  };
}
