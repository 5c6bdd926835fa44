// Uploads the chosen files one at a time with a progress bar each; the server decides and explains each refusal.
(function () {
    const form = document.getElementById('upload-form');
    if (!form) { return; }
    const list = document.getElementById('upload-progress');
    const token = form.querySelector('input[name="__RequestVerificationToken"]').value;

    function uploadOne(file) {
        return new Promise(function (resolve) {
            const item = document.createElement('li');
            const name = document.createElement('span');
            name.textContent = file.name + ' ';
            const bar = document.createElement('progress');
            bar.max = 100;
            bar.value = 0;
            const status = document.createElement('span');
            status.className = 'upload-status';
            item.append(name, bar, status);
            list.append(item);

            const data = new FormData();
            data.append('file', file);
            data.append('category', form.elements['category'].value);
            data.append('documentDate', form.elements['documentDate'].value);
            data.append('__RequestVerificationToken', token);
            const request = new XMLHttpRequest();
            request.open('POST', form.action);
            request.setRequestHeader('Accept', 'application/json');
            request.upload.onprogress = function (e) {
                if (e.lengthComputable) { bar.value = Math.round(100 * e.loaded / e.total); }
            };
            request.onload = function () {
                let message = '';
                try { message = JSON.parse(request.responseText).message || ''; } catch (_) { message = ''; }
                const ok = request.status === 201;
                bar.value = ok ? 100 : bar.value;
                item.className = ok ? 'upload-done' : 'upload-failed';
                status.textContent = ok ? list.dataset.done : list.dataset.failed + ': ' + (message || request.status);
                resolve(ok);
            };
            request.onerror = function () {
                item.className = 'upload-failed';
                status.textContent = list.dataset.failed;
                resolve(false);
            };
            request.send(data);
        });
    }

    form.addEventListener('submit', async function (event) {
        event.preventDefault();
        const files = Array.from(form.elements['file'].files);
        let allOk = true;
        for (const file of files) {
            allOk = (await uploadOne(file)) && allOk;
        }
        if (allOk) { window.location.reload(); }
    });
})();
